/**
 * The comparison scorecard: one row per headline figure, one column per organisation, with the
 * best organisation of each row marked. Pure: the CLI prints it, the app will draw it.
 */
import type { Estimate } from './aggregate';
import { HEADLINES, type Headline } from './headlines';
import type { ScenarioResult } from './run-scenario';

export interface ScorecardRow {
  headline: Headline;
  /** One estimate per organisation (undefined where it could not be measured). */
  cells: (Estimate | undefined)[];
  /** Index of the best organisation, or -1 when fewer than two could be measured. */
  best: number;
}

export function scorecard(results: readonly ScenarioResult[], headlines: readonly Headline[] = HEADLINES): ScorecardRow[] {
  return headlines.map((headline) => {
    const cells = results.map((r) => r.summary.metrics[headline.key]);
    let best = -1;
    cells.forEach((cell, i) => {
      if (!cell) return;
      const current = best >= 0 ? cells[best]!.mean : undefined;
      if (current === undefined || (headline.higherIsBetter ? cell.mean > current : cell.mean < current)) best = i;
    });
    const measured = cells.filter((c): c is Estimate => c !== undefined);
    const allEqual = measured.every((c) => c.mean === measured[0]!.mean);
    // Volume is context, not a verdict: no organisation "wins" it; nor does anyone win a tie.
    return { headline, cells, best: measured.length >= 2 && !allEqual && headline.key !== 'messages.perDay' ? best : -1 };
  });
}
