/**
 * Whether a unit's backlog is still growing over the measured period: a queue that grows without
 * bound has no steady state, so every figure that depends on it depends on the horizon chosen.
 *
 * Owns: the instability criterion. It compares the mean backlog over the second half of the
 * measured period with the first half (with the default two measured weeks, each half is a whole
 * week, so the weekly cycle cancels out).
 */

/** Growth that counts as unstable: the second half's mean backlog above 1.5 × the first's + 3. */
const RELATIVE_GROWTH = 1.5;
const ABSOLUTE_GROWTH = 3;

/** Mean backlog over the first and second halves of [from, to), from samples taken every `interval`. */
export function backlogHalves(samples: ArrayLike<number>, interval: number, from: number, to: number): [number, number] {
  const middle = (from + to) / 2;
  const sums = [0, 0];
  const counts = [0, 0];
  for (let k = 0; k < samples.length; k++) {
    const end = (k + 1) * interval; // a sample is the backlog at the end of its interval
    if (end <= from || end > to) continue;
    const half = end <= middle ? 0 : 1;
    sums[half]! += samples[k]!;
    counts[half]!++;
  }
  return [counts[0] ? sums[0]! / counts[0] : 0, counts[1] ? sums[1]! / counts[1] : 0];
}

/** 1 when the backlog of the second half clearly exceeds the first's, else 0 (a per-run flag). */
export function isUnstable([first, second]: [number, number]): 0 | 1 {
  return second > RELATIVE_GROWTH * first + ABSOLUTE_GROWTH ? 1 : 0;
}

/** Share of replications flagged above which a unit is reported unstable. */
export const UNSTABLE_SHARE = 0.5;
