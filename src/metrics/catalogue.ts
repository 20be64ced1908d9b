/**
 * The figures users see, declared once: key, unit, which way is better, and where each appears.
 * The scorecard (app and CLI), the radar, the explanations and both locales select from here; the
 * locales and the explanations are typed by `MetricKey`, so a figure without its French label or
 * explanation does not compile. The value itself is computed in `run-metrics.ts` under the same key.
 *
 * Adding a figure: an entry here, its computation, its label in `ui/locales/en.ts` and `fr.ts`, and
 * its explanation in `ui/locales/explanations.ts` (the compiler lists what is missing).
 */
import type { Unit } from './format';

/** Which way is better. `context` (the volume) ranks highest first but never wins a row. */
export type Direction = 'higher' | 'lower' | 'context';

export interface MetricSpec {
  unit: Unit;
  better: Direction;
  /** A row of the scorecard, in the app and in the CLI's summary. */
  headline: boolean;
  /** An axis of the radar: its place, and its score (a share as it is; a cost against the cheapest organisation compared). */
  radar?: { axis: number; score: 'share' | 'againstCheapest' };
}

const CATALOGUE = {
  'messages.perDay': { unit: 'count', better: 'context', headline: true },
  'firstResponse.mean': { unit: 'minutes', better: 'lower', headline: true },
  'firstResponse.p50': { unit: 'minutes', better: 'lower', headline: true },
  'firstResponse.p90': { unit: 'minutes', better: 'lower', headline: true },
  'resolution.mean': { unit: 'minutes', better: 'lower', headline: true },
  'resolution.p50': { unit: 'minutes', better: 'lower', headline: true },
  'resolution.p90': { unit: 'minutes', better: 'lower', headline: true },
  'resolvedWithin.1d': { unit: 'share', better: 'higher', headline: true, radar: { axis: 1, score: 'share' } },
  'sla.attainment': { unit: 'share', better: 'higher', headline: true, radar: { axis: 0, score: 'share' } },
  'coverage.answered': { unit: 'share', better: 'higher', headline: true },
  'coverage.public': { unit: 'share', better: 'higher', headline: true, radar: { axis: 2, score: 'share' } },
  'coverage.offHours': { unit: 'share', better: 'higher', headline: true, radar: { axis: 3, score: 'share' } },
  'coverage.competentAnswers': { unit: 'share', better: 'higher', headline: true, radar: { axis: 5, score: 'share' } },
  'insight.capture': { unit: 'share', better: 'higher', headline: true, radar: { axis: 4, score: 'share' } },
  'handoffs.perAnswered': { unit: 'number', better: 'lower', headline: true },
  'quality.correct': { unit: 'share', better: 'higher', headline: true },
  'quality.consistent': { unit: 'share', better: 'higher', headline: true, radar: { axis: 6, score: 'share' } },
  'quality.badBuzzEpisodes': { unit: 'number', better: 'lower', headline: true },
  'cost.staffHours': { unit: 'hours', better: 'lower', headline: true },
  'cost.fte': { unit: 'number', better: 'lower', headline: true },
  'cost.perMonth': { unit: 'money', better: 'lower', headline: true },
  'cost.total': { unit: 'money', better: 'lower', headline: false },
  'cost.perResolved': { unit: 'money', better: 'lower', headline: true, radar: { axis: 7, score: 'againstCheapest' } },
} as const satisfies Record<string, MetricSpec>;

export type MetricKey = keyof typeof CATALOGUE;

export interface Metric extends MetricSpec {
  key: MetricKey;
}

/** Every catalogued figure, in the order the scorecard and the explanations list them. */
export const METRICS: readonly Metric[] = (Object.entries(CATALOGUE) as [MetricKey, MetricSpec][]).map(([key, spec]) => ({ key, ...spec }));

/** The scorecard's rows. */
export const HEADLINES: readonly Metric[] = METRICS.filter((m) => m.headline);

/** The radar's axes, in order. */
export const RADAR_AXES: readonly (Metric & Required<Pick<MetricSpec, 'radar'>>)[] = METRICS
  .filter((m): m is Metric & Required<Pick<MetricSpec, 'radar'>> => m.radar !== undefined)
  .sort((a, b) => a.radar.axis - b.radar.axis);

/** The i18next key of a figure's label in the locales. */
export const metricLabelKey = (key: MetricKey) => `metric/${key}` as const;

/** Whether a higher value ranks first (the volume, context, ranks highest first too). */
export const ranksHighFirst = (metric: Metric) => metric.better !== 'lower';
