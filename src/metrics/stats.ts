/**
 * Small statistics: means, percentiles and 95% confidence intervals over replications.
 * Pure functions of plain arrays.
 */

/** Two-sided 97.5% quantiles of Student's t for 1..30 degrees of freedom. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export function tQuantile975(df: number): number {
  if (df < 1) return Infinity;
  if (df <= 30) return T_975[df - 1]!;
  if (df <= 60) return 2.042 - ((df - 30) / 30) * (2.042 - 2.0);
  if (df <= 120) return 2.0 - ((df - 60) / 60) * (2.0 - 1.98);
  return 1.96;
}

export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return values.length ? s / values.length : NaN;
}

export function sampleVariance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  const m = mean(values);
  let s = 0;
  for (let i = 0; i < n; i++) s += (values[i]! - m) ** 2;
  return s / (n - 1);
}

/** Mean and half-width of the 95% confidence interval (0 with a single value). */
export function confidenceInterval(values: ArrayLike<number>): { mean: number; halfWidth: number; n: number } {
  const n = values.length;
  const halfWidth = n >= 2 ? tQuantile975(n - 1) * Math.sqrt(sampleVariance(values) / n) : 0;
  return { mean: mean(values), halfWidth, n };
}

/**
 * Percentile (0..1) of sorted values, by linear interpolation between closest ranks; of the n
 * values from `from` on when given (a slice of a larger array).
 */
export function percentileSorted(sorted: ArrayLike<number>, p: number, from = 0, n = sorted.length - from): number {
  if (n <= 0) return NaN;
  const [lo, hi] = percentileRanks(n, p);
  return sorted[from + lo]! + (sorted[from + hi]! - sorted[from + lo]!) * (p * (n - 1) - lo);
}

/** The two ranks (0-based, ascending) that percentile p of n sorted values reads. */
export function percentileRanks(n: number, p: number): [number, number] {
  const lo = Math.floor(p * (n - 1));
  return [lo, Math.min(n - 1, lo + 1)];
}
