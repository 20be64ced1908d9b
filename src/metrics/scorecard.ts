/**
 * The comparison scorecard: one row per headline figure of the catalogue, one column per
 * organisation, with the best organisation of each row marked. Pure: the CLI prints it, the app draws it.
 */
import type { Estimate } from './aggregate';
import { HEADLINES, ranksHighFirst, type Metric } from './catalogue';
import type { ScenarioResult } from './run-scenario';

export interface ScorecardRow {
  headline: Metric;
  /** One estimate per organisation (undefined where it could not be measured). */
  cells: (Estimate | undefined)[];
  /** Indices of the best organisations (all of those tied for best), empty when nobody wins. */
  best: number[];
}

export function scorecard(results: readonly ScenarioResult[], headlines: readonly Metric[] = HEADLINES): ScorecardRow[] {
  return headlines.map((headline) => {
    const cells = results.map((r) => r.summary.metrics[headline.key]);
    const measured = cells.filter((c): c is Estimate => c !== undefined);
    const top = (ranksHighFirst(headline) ? Math.max : Math.min)(...measured.map((c) => c.mean));
    const allEqual = measured.every((c) => c.mean === top);
    // A context figure (the volume) is not a verdict: no organisation "wins" it; nor does anyone
    // win when all are equal. Organisations tied for the best value share the mark.
    const best = measured.length >= 2 && !allEqual && headline.better !== 'context' ? cells.flatMap((c, i) => (c?.mean === top ? [i] : [])) : [];
    return { headline, cells, best };
  });
}
