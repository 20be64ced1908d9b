/**
 * Exact percentiles without sorting: puts chosen order statistics of a Float64Array in place
 * (multiselect, a quickselect that only follows the parts holding a wanted rank).
 *
 * Why: measuring a run needs p50, p90 and p99 of every slice's latencies. Sorting each slice costs
 * n log n; selecting the few ranks a percentile reads costs a few passes over the slice. The values
 * read are the very values a full sort would put at those ranks, so the figures are bit for bit
 * those of `percentileSorted` on the sorted slice. Pure; imports nothing.
 */

/** Below this many values a range is sorted by insertion. */
const SMALL = 16;

/**
 * Reorders a[from..to) so that, for every rank k in `ranks` (absolute indices, ascending, each in
 * [from, to)), a[k] holds the value a full ascending sort would put there. NaN must not occur.
 * Worst case n log n: past a depth of 2 log2 n a range is sorted natively instead.
 */
export function selectRanks(a: Float64Array, from: number, to: number, ranks: ArrayLike<number>): void {
  if (to - from < 2 || ranks.length === 0) return;
  select(a, from, to - 1, ranks, 0, ranks.length, 2 * Math.ceil(Math.log2(to - from)));
}

function select(a: Float64Array, lo: number, hi: number, ranks: ArrayLike<number>, r0: number, r1: number, depth: number): void {
  while (r0 < r1) {
    if (hi - lo < SMALL) return insertionSort(a, lo, hi);
    if (depth-- === 0) { a.subarray(lo, hi + 1).sort(); return; }
    const j = partition(a, lo, hi);
    let split = r0;
    while (split < r1 && ranks[split]! <= j) split++;
    if (split > r0) select(a, lo, j, ranks, r0, split, depth);
    lo = j + 1;
    r0 = split;
  }
}

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > x) { a[j + 1] = a[j]!; j--; }
    a[j + 1] = x;
  }
}

/**
 * Hoare's partition around the median of a[lo], a[mid], a[hi] (hi − lo ≥ 2): returns j with
 * a[lo..j] ≤ pivot ≤ a[j+1..hi] and lo ≤ j < hi, so both parts are smaller than the range. Equal
 * values stop both scans, so a slice of many equal latencies still splits in the middle.
 */
function partition(a: Float64Array, lo: number, hi: number): number {
  const mid = (lo + hi) >>> 1;
  if (a[mid]! < a[lo]!) swap(a, lo, mid);
  if (a[hi]! < a[lo]!) swap(a, lo, hi);
  if (a[hi]! < a[mid]!) swap(a, mid, hi);
  const pivot = a[mid]!;
  let i = lo - 1;
  let j = hi + 1;
  for (;;) {
    do i++; while (a[i]! < pivot);
    do j--; while (a[j]! > pivot);
    if (i >= j) return j;
    swap(a, i, j);
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
