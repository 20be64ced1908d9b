/**
 * Named probability distributions, compiled once into samplers.
 *
 * Owns: the distribution specifications a scenario file may name, their means, and sampling.
 * A sampler is a plain function of a random stream, so the hot loop calls it without allocating.
 * Never imports anything but the random stream.
 */
import type { Rng } from './random';

export type DistributionSpec =
  | { dist: 'exponential'; mean: number }
  | { dist: 'lognormal'; mean: number; cv: number }
  | { dist: 'gamma'; mean: number; cv: number }
  | { dist: 'erlang'; mean: number; k: number }
  | { dist: 'deterministic'; value: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'triangular'; min: number; mode: number; max: number }
  | { dist: 'empirical'; values: number[]; weights?: number[] };

export type Sampler = (rng: Rng) => number;

export type DistributionName = DistributionSpec['dist'];

/** Every name of `DistributionSpec`, once (a name missing here, or one too many, does not compile). */
const NAMES: { [K in DistributionName]: K } = {
  exponential: 'exponential', lognormal: 'lognormal', gamma: 'gamma', erlang: 'erlang',
  deterministic: 'deterministic', uniform: 'uniform', triangular: 'triangular', empirical: 'empirical',
};

/** The names a scenario file may use; the scenario schema is checked against `DistributionSpec`. */
export const DISTRIBUTION_NAMES: readonly DistributionName[] = Object.values(NAMES);

/** Mean of a distribution, used for capacity estimates and reports. */
export function meanOf(spec: DistributionSpec): number {
  switch (spec.dist) {
    case 'exponential': case 'lognormal': case 'gamma': case 'erlang': return spec.mean;
    case 'deterministic': return spec.value;
    case 'uniform': return (spec.min + spec.max) / 2;
    case 'triangular': return (spec.min + spec.mode + spec.max) / 3;
    case 'empirical': {
      const w = spec.weights ?? spec.values.map(() => 1);
      const total = w.reduce((s, x) => s + x, 0);
      return spec.values.reduce((s, v, i) => s + v * w[i]!, 0) / total;
    }
  }
}

/** A standard normal deviate (Box–Muller; the second value is discarded to stay stateless). */
function standardNormal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(rng.nextOpen())) * Math.cos(2 * Math.PI * rng.next());
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), with the shape < 1 boost. */
function standardGamma(rng: Rng, shape: number): number {
  if (shape < 1) return standardGamma(rng, shape + 1) * Math.pow(rng.nextOpen(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number, v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.nextOpen();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Compiles a specification into a sampler. Assumes the specification was validated. */
export function compileSampler(spec: DistributionSpec): Sampler {
  switch (spec.dist) {
    case 'exponential': {
      const mean = spec.mean;
      return (rng) => -mean * Math.log(rng.nextOpen());
    }
    case 'lognormal': {
      if (spec.cv === 0) return () => spec.mean;
      const s2 = Math.log(1 + spec.cv * spec.cv);
      const mu = Math.log(spec.mean) - s2 / 2;
      const sigma = Math.sqrt(s2);
      return (rng) => Math.exp(mu + sigma * standardNormal(rng));
    }
    case 'gamma': {
      if (spec.cv === 0) return () => spec.mean;
      const shape = 1 / (spec.cv * spec.cv);
      const scale = spec.mean / shape;
      return (rng) => scale * standardGamma(rng, shape);
    }
    case 'erlang': {
      // Sum of k exponentials, taken as the log of a product of uniforms.
      const k = spec.k;
      const phaseMean = spec.mean / k;
      return (rng) => {
        let product = 1;
        for (let i = 0; i < k; i++) product *= rng.nextOpen();
        return -phaseMean * Math.log(product);
      };
    }
    case 'deterministic': {
      const value = spec.value;
      return () => value;
    }
    case 'uniform': {
      const { min, max } = spec;
      return (rng) => min + (max - min) * rng.next();
    }
    case 'triangular': {
      const { min, mode, max } = spec;
      const split = max === min ? 0.5 : (mode - min) / (max - min);
      return (rng) => {
        const u = rng.next();
        return u < split
          ? min + Math.sqrt(u * (max - min) * (mode - min))
          : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
      };
    }
    case 'empirical': {
      const values = Float64Array.from(spec.values);
      const weights = spec.weights ?? spec.values.map(() => 1);
      const cumulative = new Float64Array(weights.length);
      let total = 0;
      weights.forEach((w, i) => { total += w; cumulative[i] = total; });
      return (rng) => {
        const u = rng.next() * total;
        let i = 0;
        while (i < cumulative.length - 1 && u >= cumulative[i]!) i++;
        return values[i]!;
      };
    }
  }
}
