/** Display names of the shipped companies and organisations, in the chosen language. */
import { PRESETS } from '../scenario/presets';
import type { Part } from '../scenario/preset-meta';
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

/** Display name of a company's channel, intent or public (its id when it has none). */
export function partName(companyId: string, part: Part, id: string, language: Language): string {
  const name = PRESETS.find((p) => p.kind === 'company' && p.id === companyId)?.parts[part]?.[id];
  return name ? textOf(name, language) : id.replace(/_/g, ' ');
}

/** A Sankey node ("kind:id") in words: the company's names for publics and channels, translated outcomes. */
export function flowNodeName(companyId: string, node: string, language: Language, t: (key: string) => string): string {
  const [kind = '', id = node] = node.split(':');
  if (kind === 'public') return partName(companyId, 'publics', id, language);
  if (kind === 'channel') return partName(companyId, 'channels', id, language);
  if (kind === 'outcome') return t(`outcome/${id}`);
  return id === 'nobody' ? t('nobody') : id.replace(/_/g, ' ');
}
