import { describe, expect, it } from 'vitest';
import { compileSampler, meanOf, type DistributionSpec } from './distributions';
import { Rng } from './random';

function moments(spec: DistributionSpec, n = 200_000) {
  const sample = compileSampler(spec);
  const rng = new Rng(11);
  let s = 0, s2 = 0, min = Infinity, max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = sample(rng);
    s += x; s2 += x * x;
    min = Math.min(min, x); max = Math.max(max, x);
  }
  const mean = s / n;
  return { mean, sd: Math.sqrt(s2 / n - mean * mean), min, max };
}

describe('distributions', () => {
  const cases: [DistributionSpec, number][] = [
    [{ dist: 'exponential', mean: 5 }, 5],
    [{ dist: 'lognormal', mean: 8, cv: 0.8 }, 6.4],
    [{ dist: 'gamma', mean: 10, cv: 0.5 }, 5],
    [{ dist: 'gamma', mean: 10, cv: 2 }, 20],
    [{ dist: 'erlang', mean: 6, k: 3 }, 6 / Math.sqrt(3)],
    [{ dist: 'uniform', min: 2, max: 8 }, 6 / Math.sqrt(12)],
    [{ dist: 'triangular', min: 0, mode: 3, max: 12 }, Math.sqrt((0 + 9 + 144 - 0 - 0 - 36) / 18)],
    [{ dist: 'deterministic', value: 4 }, 0],
  ];
  for (const [spec, sd] of cases) {
    it(`${JSON.stringify(spec)} has the mean and spread it is named for`, () => {
      const m = moments(spec);
      expect(Math.abs(m.mean - meanOf(spec)) / meanOf(spec)).toBeLessThan(0.02);
      if (sd > 0) expect(Math.abs(m.sd - sd) / sd).toBeLessThan(0.05);
      else expect(m.sd).toBeLessThan(1e-9);
      expect(m.min).toBeGreaterThanOrEqual(0);
    });
  }

  it('empirical draws only its values, in proportion to their weights', () => {
    const sample = compileSampler({ dist: 'empirical', values: [1, 10, 100], weights: [1, 2, 1] });
    const rng = new Rng(5);
    const counts = new Map<number, number>();
    for (let i = 0; i < 40_000; i++) { const x = sample(rng); counts.set(x, (counts.get(x) ?? 0) + 1); }
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([1, 10, 100]);
    expect(counts.get(10)! / 40_000).toBeCloseTo(0.5, 1);
    expect(meanOf({ dist: 'empirical', values: [1, 10, 100], weights: [1, 2, 1] })).toBeCloseTo(30.25);
  });
});
