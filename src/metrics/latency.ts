/**
 * Latency figures of a run: mean, p50, p90 and p99 for the whole run and for every slice (channel,
 * intent, public, function), and the 21-point distribution the charts draw.
 *
 * Owns: how latencies are kept while a run is measured. Each kind (first response, resolution)
 * is one typed array of the measured messages' latencies with the row of each message, filled in
 * one pass; the slices of one dimension are then laid out side by side in a scratch array and
 * their percentiles selected in place (order-statistics.ts). Exact: the same figures as sorting
 * each slice, for about 20 bytes per message instead of a JS array per slice. Means add the
 * latencies in message order. Imports only pure helpers.
 */
import { selectRanks } from './order-statistics';
import { percentileRanks, percentileSorted } from './stats';

/** The percentiles every latency figure reports, with the suffix of their key. */
const HEADLINE: [string, number][] = [['p50', 0.5], ['p90', 0.9], ['p99', 0.99]];

/** One kind of latency of the measured messages, in message order, with each message's row. */
export class LatencySample {
  readonly values: Float64Array;
  readonly rows: Int32Array;
  count = 0;

  /** Room for `capacity` latencies (the run's message count is always enough). */
  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
    this.rows = new Int32Array(capacity);
  }

  add(latency: number, row: number): void {
    this.values[this.count] = latency;
    this.rows[this.count++] = row;
  }
}

/** The ranks `percentiles` read in a slice of n values starting at `from`, ascending, without repeats. */
function ranksOf(from: number, n: number, percentiles: readonly number[]): number[] {
  const ranks = new Set<number>();
  for (const p of percentiles) for (const r of percentileRanks(n, p)) ranks.add(from + r);
  return [...ranks].sort((a, b) => a - b);
}

/** Puts mean and headline percentiles of the n values of `a` from `from` (reordering them) under `prefix`. */
function putSlice(values: Record<string, number>, prefix: string, a: Float64Array, from: number, n: number): void {
  let sum = 0;
  for (let i = from; i < from + n; i++) sum += a[i]!;
  selectRanks(a, from, from + n, ranksOf(from, n, HEADLINE.map(([, p]) => p)));
  values[`${prefix}.mean`] = sum / n;
  for (const [suffix, p] of HEADLINE) values[`${prefix}.${suffix}`] = percentileSorted(a, p, from, n);
}

/** A dimension of the messages: a message's group is `column[row]`, or `group[column[row]]` when given. */
export interface Dimension {
  column: ArrayLike<number>;
  group?: ArrayLike<number>;
}

/**
 * For each group of one dimension (in [0, prefixes.length)), puts its latency figures under
 * `${prefixes[g]}.mean`, `.p50`, `.p90`, `.p99`; groups without a latency get none. A group that
 * holds every latency copies the whole sample's figures, already put under `whole` (the same
 * values in the same order, so the same figures). `scratch` needs room for the sample's count.
 */
export function putLatenciesByGroup(
  values: Record<string, number>,
  sample: LatencySample,
  dimension: Dimension,
  prefixes: readonly string[],
  whole: string,
  scratch: Float64Array,
): void {
  const groups = prefixes.length;
  const { values: latencies, rows, count } = sample;
  const start = new Int32Array(groups + 1);
  const group = new Int32Array(count);
  const { column, group: map } = dimension;
  if (map) for (let i = 0; i < count; i++) group[i] = map[column[rows[i]!]!]!;
  else for (let i = 0; i < count; i++) group[i] = column[rows[i]!]!;
  for (let i = 0; i < count; i++) start[group[i]! + 1]!++;
  const only = start.indexOf(count);
  if (only > 0) {
    for (const key of ['mean', ...HEADLINE.map(([suffix]) => suffix)]) values[`${prefixes[only - 1]}.${key}`] = values[`${whole}.${key}`]!;
    return;
  }
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const next = start.slice(0, groups);
  for (let i = 0; i < count; i++) scratch[next[group[i]!]!++] = latencies[i]!;
  for (let g = 0; g < groups; g++) {
    const n = start[g + 1]! - start[g]!;
    if (n > 0) putSlice(values, prefixes[g]!, scratch, start[g]!, n);
  }
}

/**
 * Puts the whole sample's figures under `prefix` and returns its quantiles at `steps` (empty when
 * nothing was measured), working on `scratch` (room for the sample's count).
 */
export function putLatenciesOfAll(values: Record<string, number>, prefix: string, sample: LatencySample, steps: readonly number[], scratch: Float64Array): number[] {
  const n = sample.count;
  if (n === 0) return [];
  const a = scratch;
  a.set(sample.values.subarray(0, n));
  putSlice(values, prefix, a, 0, n); // before any reordering: its mean adds the latencies in message order
  selectRanks(a, 0, n, ranksOf(0, n, steps));
  return steps.map((p) => percentileSorted(a, p, 0, n));
}
