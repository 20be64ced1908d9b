/** Display names of the shipped companies and organisations, and of the user's drafts, in the chosen language. */
import { idLabel } from '../charts/words';
import { PRESETS } from '../scenario/presets';
import { presetFile, type Part, type PresetFile } from '../scenario/preset-meta';
import { declaredId } from '../scenario/drafts';
import { draftFileName, useDrafts } from '../state/drafts';
import { textOf, type Language } from '../scenario/text';

export const COMPANIES = PRESETS.filter((p) => p.kind === 'company');
/** The baseline first, then the placements in the texts' order (their names are numbered), then the rest. */
const FIRST = ['funnel', 'cosmetic-cm'];
export const ORGANISATIONS = PRESETS.filter((p) => p.kind === 'organisation').sort((a, b) => {
  const rank = (id: string) => (FIRST.includes(id) ? FIRST.indexOf(id) : FIRST.length);
  return rank(a.id) - rank(b.id) || textOf(a.name, 'en').localeCompare(textOf(b.name, 'en'));
});

const metaOfText = new Map<string, PresetFile>();

/** A shipped file, or else the user's draft, of that kind and id (a draft's names as it is written now). */
function fileOf(kind: string, id: string): PresetFile | undefined {
  const preset = PRESETS.find((p) => p.kind === kind && p.id === id);
  const draft = preset ? undefined : useDrafts.getState().drafts.find((d) => d.kind === kind && declaredId(d.text) === id);
  if (!draft) return preset;
  let meta = metaOfText.get(draft.text);
  if (!meta) {
    if (metaOfText.size > 50) metaOfText.clear();
    meta = presetFile(draftFileName(draft), draft.text);
    metaOfText.set(draft.text, meta);
  }
  return meta;
}

export function presetName(kind: 'company' | 'organisation', id: string, language: Language): string {
  const found = fileOf(kind, id);
  return found ? textOf(found.name, language) : id;
}

/** Display name of a company's channel, intent or public (its id when it has none). */
export function partName(companyId: string, part: Exclude<Part, 'units'>, id: string, language: Language): string {
  const name = fileOf('company', companyId)?.parts[part]?.[id];
  return name ? textOf(name, language) : idLabel(id);
}

/** A unit's short label on a chart: the organisation's label for it, or its id ("pool_product" → "pool product"). */
export function unitLabel(organisationId: string, id: string, language: Language): string {
  const label = fileOf('organisation', organisationId)?.unitLabels[id];
  return label ? textOf(label, language) : idLabel(id);
}

/**
 * A unit's name in the language, with its chart label when they differ, for tables and hover
 * texts: "Volunteers from product and technical teams (pool product)".
 */
export function unitName(organisationId: string, id: string, language: Language): string {
  const name = fileOf('organisation', organisationId)?.parts.units?.[id];
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
