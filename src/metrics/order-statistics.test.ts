import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectRanks } from './order-statistics';

/** The values a full sort puts at `ranks`. */
const sortedAt = (values: number[], ranks: number[]) => {
  const sorted = Float64Array.from(values).sort();
  return ranks.map((r) => sorted[r]);
};

describe('selectRanks', () => {
  it('puts at every requested rank exactly the value a full sort puts there', () => {
    // Few distinct values as often as many: latencies of 0 (picked up at once) are common.
    const values = fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 400 });
    fc.assert(
      fc.property(values, fc.array(fc.nat(), { maxLength: 12 }), (xs, picks) => {
        const ranks = [...new Set(picks.map((p) => p % xs.length))].sort((a, b) => a - b);
        const a = Float64Array.from(xs);
        selectRanks(a, 0, a.length, ranks);
        expect(ranks.map((r) => a[r])).toEqual(sortedAt(xs, ranks));
        expect([...a].sort((x, y) => x - y)).toEqual([...xs].sort((x, y) => x - y)); // a permutation
      }),
      { numRuns: 500 },
    );
  });

  it('works on a slice and leaves the rest of the array alone', () => {
    const a = Float64Array.from([9, 8, 7, 5, 3, 1, 4, 2, 0, 6, 9, 9]);
    selectRanks(a, 2, 10, [2, 5, 9]);
    expect([a[2], a[5], a[9]]).toEqual([0, 3, 7]);
    expect([a[0], a[1], a[10], a[11]]).toEqual([9, 8, 9, 9]);
  });

  it('stays exact on inputs that defeat a median-of-three pivot (sorted, reversed, organ pipe, all equal)', () => {
    const n = 20_000;
    const shapes = {
      sorted: (i: number) => i,
      reversed: (i: number) => n - i,
      organPipe: (i: number) => (i < n / 2 ? i : n - i),
      equal: () => 42,
      sawtooth: (i: number) => i % 17,
    };
    const ranks = [0, 99, 100, 9_999, 10_000, 17_999, 19_799, 19_800, n - 1];
    for (const shape of Object.values(shapes)) {
      const xs = Array.from({ length: n }, (_, i) => shape(i));
      const a = Float64Array.from(xs);
      selectRanks(a, 0, n, ranks);
      expect(ranks.map((r) => a[r])).toEqual(sortedAt(xs, ranks));
    }
  });
});
