/** Display names of the shipped companies and organisations, in the chosen language. */
import { idLabel } from '../charts/words';
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
export function partName(companyId: string, part: Exclude<Part, 'units'>, id: string, language: Language): string {
  const name = PRESETS.find((p) => p.kind === 'company' && p.id === companyId)?.parts[part]?.[id];
  return name ? textOf(name, language) : idLabel(id);
}

/** A unit's short label on a chart: the organisation's label for it, or its id ("pool_product" → "pool product"). */
export function unitLabel(organisationId: string, id: string, language: Language): string {
  const label = PRESETS.find((p) => p.kind === 'organisation' && p.id === organisationId)?.unitLabels[id];
  return label ? textOf(label, language) : idLabel(id);
}

/**
 * A unit's name in the language, with its chart label when they differ, for tables and hover
 * texts: "Volunteers from product and technical teams (pool product)".
 */
export function unitName(organisationId: string, id: string, language: Language): string {
  const name = PRESETS.find((p) => p.kind === 'organisation' && p.id === organisationId)?.parts.units?.[id];
  const label = unitLabel(organisationId, id, language);
  if (!name) return label;
  const full = textOf(name, language);
  // "Community manager (animator)" already says what the label would add.
  return full.toLowerCase().includes(label.toLowerCase()) || full.endsWith(')') ? full : `${full} (${label})`;
}

/**
 * A Sankey node ("kind:id") in words: the company's names for publics and channels, translated
 * outcomes, and units by their label (`long`: by their names, for tables and hover texts).
 */
export function flowNodeName(result: { company: string; organisation: string }, node: string, language: Language, t: (key: string) => string, long = false): string {
  const [kind = '', id = node] = node.split(':');
  if (kind === 'public') return partName(result.company, 'publics', id, language);
  if (kind === 'channel') return partName(result.company, 'channels', id, language);
  if (kind === 'outcome') return t(`outcome/${id}`);
  if (id === 'nobody') return t('nobody');
  return long ? unitName(result.organisation, id, language) : unitLabel(result.organisation, id, language);
}
