/**
 * The organisations in the groups the picker shows them in, and each organisation's colour.
 * The funnel and the four placements come first (the comparison the texts are about); the other
 * presets are variants of them or the Altimeter models. An organisation's colour is fixed by its
 * id, whatever else is selected, so a slide and a printout agree.
 */
import { ORGANISATIONS } from '../names';

/** The funnel and one organisation per placement, in the texts' order (1 to 4). */
export const CORE = ['funnel', 'coordinator', 'single-team-support', 'multi-team', 'expert-community'];

export type GroupId = 'core' | 'placement2' | 'variants' | 'altimeter';

export function groupOf(id: string): GroupId {
  if (CORE.includes(id)) return 'core';
  if (id.startsWith('altimeter-')) return 'altimeter';
  if (id.startsWith('single-team-')) return 'placement2';
  return 'variants';
}

export const GROUPS: { id: GroupId; ids: string[] }[] = (['core', 'placement2', 'variants', 'altimeter'] as const).map((group) => ({
  id: group,
  ids: group === 'core' ? CORE.filter((id) => ORGANISATIONS.some((o) => o.id === id)) : ORGANISATIONS.filter((o) => groupOf(o.id) === group).map((o) => o.id),
}));

/**
 * Colours told apart by people with the common colour-vision deficiencies: Okabe–Ito for the
 * funnel and the placements, then Tableau's and ColorBrewer's Dark2 for the rest, one per preset.
 */
const PALETTE = [
  '#555555', '#0072B2', '#E69F00', '#009E73', '#CC79A7', // funnel, placements 1–4
  '#56B4E9', '#D55E00', '#B8A000', '#000000',
  '#4E79A7', '#F28E2B', '#59A14F', '#B07AA1', '#9C755F', '#76B7B2', '#EDC948', '#FF9DA7', '#E15759',
  '#1B9E77', '#D95F02', '#7570B3', '#E7298A', '#66A61E', '#A6761D',
];

/** Presets in a fixed order: the core first, then the others as the picker lists them. */
const ORDER = GROUPS.flatMap((g) => g.ids);

/** An organisation's colour: fixed per preset; an organisation the user wrote gets one from its id. */
export function organisationColour(id: string): string {
  const index = ORDER.indexOf(id);
  if (index >= 0) return PALETTE[index % PALETTE.length]!;
  let hash = 0;
  for (const c of id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
