/** Display names of the shipped companies and organisations, in the chosen language. */
import { PRESETS } from '../scenario/presets';
import { textOf, type Language } from '../scenario/text';

export const COMPANIES = PRESETS.filter((p) => p.kind === 'company');
/** The baseline first, then the placements in the texts' order (their names are numbered), then the rest. */
const FIRST = ['funnel', 'cosmetic-cm'];
export const ORGANISATIONS = PRESETS.filter((p) => p.kind === 'organisation').sort((a, b) => {
  const rank = (id: string) => (FIRST.includes(id) ? FIRST.indexOf(id) : FIRST.length);
  return rank(a.id) - rank(b.id) || textOf(a.name, 'en').localeCompare(textOf(b.name, 'en'));
});

export function presetName(kind: 'company' | 'organisation', id: string, language: Language): string {
  const found = PRESETS.find((p) => p.kind === kind && p.id === id);
  return found ? textOf(found.name, language) : id;
}
