import { describe, expect, it } from 'vitest';
import { Rng } from '../engine/random';
import { LatencySample, putLatenciesByGroup, putLatenciesOfAll } from './latency';
import { percentileSorted } from './stats';

/** The figures as the product computed them before selection: each slice copied, sorted, summed in sorted order. */
function bySorting(latencies: number[]) {
  const sorted = Float64Array.from(latencies).sort();
  return {
    mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
    p50: percentileSorted(sorted, 0.5),
    p90: percentileSorted(sorted, 0.9),
    p99: percentileSorted(sorted, 0.99),
  };
}

describe('latency figures by slice', () => {
  const rng = new Rng(7);
  const rows = 30_000;
  // A message column of 4 groups, the last never holding a latency; latencies with many ties.
  const column = Uint8Array.from({ length: rows }, () => Math.floor(rng.next() * 3));
  const sample = new LatencySample(rows);
  const byGroup: number[][] = [[], [], [], []];
  for (let row = 0; row < rows; row++) {
    if (rng.next() < 0.2) continue;
    const latency = rng.next() < 0.3 ? 0 : Math.round(-Math.log(rng.next()) * 600 * 100) / 100;
    sample.add(latency, row);
    byGroup[column[row]!]!.push(latency);
  }
  const scratch = new Float64Array(rows);
  const values: Record<string, number> = {};
  putLatenciesOfAll(values, 'all', sample, [0, 0.5, 1], scratch);
  putLatenciesByGroup(values, sample, { column }, ['g0', 'g1', 'g2', 'g3'], 'all', scratch);

  it('gives percentiles bit for bit equal to sorting each slice, and means within 1e-12 of them', () => {
    for (let g = 0; g < 3; g++) {
      const expected = bySorting(byGroup[g]!);
      expect([values[`g${g}.p50`], values[`g${g}.p90`], values[`g${g}.p99`]]).toEqual([expected.p50, expected.p90, expected.p99]);
      // Means add in message order instead of sorted order: only rounding may differ.
      expect(Math.abs(values[`g${g}.mean`]! / expected.mean - 1)).toBeLessThan(1e-12);
    }
    expect(values['g3.mean']).toBeUndefined();
  });

  it('gives the whole run the same figures, and a group holding every latency the whole run\'s', () => {
    const expected = bySorting(byGroup.flat());
    expect([values['all.p50'], values['all.p90'], values['all.p99']]).toEqual([expected.p50, expected.p90, expected.p99]);
    const one: Record<string, number> = { ...values };
    putLatenciesByGroup(one, sample, { column: new Uint8Array(rows) }, ['only'], 'all', scratch);
    for (const key of ['mean', 'p50', 'p90', 'p99']) expect(one[`only.${key}`]).toBe(values[`all.${key}`]);
  });

  it('maps a column through a group table (topics to their function)', () => {
    const merged: Record<string, number> = {};
    putLatenciesByGroup(merged, sample, { column, group: [0, 0, 1] }, ['f0', 'f1'], 'all', scratch);
    expect(merged['f0.p90']).toBe(bySorting([...byGroup[0]!, ...byGroup[1]!]).p90);
    expect(merged['f1.p99']).toBe(bySorting(byGroup[2]!).p99);
  });
});
