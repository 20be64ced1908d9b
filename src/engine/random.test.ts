import { describe, expect, it } from 'vitest';
import { Rng, deriveSeed, rngFromState } from './random';

describe('random streams', () => {
  it('xoshiro128** from state (1, 2, 3, 4) gives the reference outputs', () => {
    const rng = rngFromState(1, 2, 3, 4);
    // Reference values from the C implementation by Blackman & Vigna.
    expect([rng.nextUint32(), rng.nextUint32(), rng.nextUint32()]).toEqual([11520, 0, 5927040]);
  });

  it('the same seed gives the same sequence, another seed another', () => {
    const a = new Rng(42), b = new Rng(42), c = new Rng(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it('derived seeds differ by label and are stable', () => {
    expect(deriveSeed(1, 'arrivals/a')).toBe(deriveSeed(1, 'arrivals/a'));
    expect(deriveSeed(1, 'arrivals/a')).not.toBe(deriveSeed(1, 'arrivals/b'));
    expect(deriveSeed(1, 0)).not.toBe(deriveSeed(1, 1));
  });

  it('uniforms are in [0, 1) with mean near 1/2', () => {
    const rng = new Rng(7);
    let sum = 0, outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = rng.next();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
    }
    expect(outside).toBe(0);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});
