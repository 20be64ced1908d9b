/**
 * Statistics across replications that need each replication's value, not just the mean: whether
 * one organisation beats another given common random numbers (a paired difference), and whether a
 * figure's replications split into two regimes (bimodal: a mean of the two describes neither).
 *
 * Owns: both criteria. Pure functions of plain arrays; a replication that did not measure the
 * figure is null.
 */
import { confidenceInterval } from './stats';

export type PerReplication = readonly (number | null)[];

/**
 * Whether a is better than b (lower when `lowerIsBetter`) with 95% confidence, from the
 * difference of their values replication by replication. With common random numbers each pair
 * saw the same arrivals, so the difference's spread is the organisations', not the arrivals'.
 * Needs at least two replications measured by both.
 */
export function pairedBetter(a: PerReplication, b: PerReplication, lowerIsBetter: boolean): boolean {
  const differences: number[] = [];
  for (let r = 0; r < Math.min(a.length, b.length); r++) {
    const x = a[r], y = b[r];
    if (x != null && y != null) differences.push(lowerIsBetter ? y - x : x - y);
  }
  if (differences.length < 2) return false;
  const { mean, halfWidth } = confidenceInterval(differences);
  return mean - halfWidth > 0;
}

/**
 * Whether the values fall into two separate groups: sorted, their widest gap holds at least half
 * the range, each side has at least two values (and a fifth of them), and the range is not small
 * beside the mean (a fifth of it). "0 episodes in one replication and 4 in the next" is bimodal;
 * ordinary scatter is not.
 */
export function isBimodal(values: PerReplication): boolean {
  const v = values.filter((x): x is number => x != null).sort((x, y) => x - y);
  const n = v.length;
  if (n < 4) return false;
  const range = v[n - 1]! - v[0]!;
  const mean = v.reduce((s, x) => s + x, 0) / n;
  if (!(range > 0) || range < 0.2 * Math.abs(mean)) return false;
  const least = Math.max(2, Math.ceil(n / 5));
  for (let i = least; i <= n - least; i++) if (v[i]! - v[i - 1]! >= 0.5 * range) return true;
  return false;
}
