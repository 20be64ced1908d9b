/**
 * Seeded, splittable pseudo-random numbers.
 *
 * Owns: the generator (xoshiro128**, Blackman & Vigna 2018) and the derivation of independent
 * seeds for replications and named streams. Never imports anything; `Math.random` is never used,
 * so the same seed gives the same bits in Node and in the browser.
 */

/** A 32-bit seed mixer (splitmix32): turns any integer into a well-spread 32-bit state word. */
export function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** FNV-1a hash of a stream name, so streams are addressed by readable names ("arrivals/phone"). */
export function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Derives the seed of a child stream from a parent seed and a label (a replication index or a name). */
export function deriveSeed(parent: number, label: number | string): number {
  const l = typeof label === 'number' ? mix32(label ^ 0x5bd1e995) : hashName(label);
  return mix32(mix32(parent >>> 0) ^ l);
}

/** A stream of uniform numbers. Each random consumer in the model owns one, derived by name. */
export class Rng {
  /**
   * The four state words. An Int32Array rather than four fields: 32-bit words do not fit V8's
   * 31-bit small integers, so fields would hold boxed doubles, converted on every read and write.
   */
  private readonly s = new Int32Array(4);

  constructor(seed: number) {
    let x = seed >>> 0;
    const s = this.s;
    s[0] = x = mix32(x);
    s[1] = x = mix32(x);
    s[2] = x = mix32(x);
    s[3] = mix32(x) | 1; // never the all-zero state
  }

  /** Next 32-bit unsigned integer (xoshiro128** step). */
  nextUint32(): number {
    const s = this.s;
    const a = s[0]!, b = s[1]!, c = s[2]! ^ a, d = s[3]! ^ b;
    // x * 5 and x * 9 stay below 2^53 for any 32-bit x, so `| 0` keeps exactly the low 32 bits, as
    // Math.imul would, in less bytecode (V8 inlines this step everywhere a number is drawn).
    const m = (b * 5) | 0;
    const result = (((m << 7) | (m >>> 25)) * 9) >>> 0;
    s[0] = a ^ d;
    s[1] = b ^ c;
    s[2] = c ^ (b << 9);
    s[3] = (d << 11) | (d >>> 21);
    return result;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform in (0, 1]: safe to take the logarithm of. */
  nextOpen(): number {
    return (this.nextUint32() + 1) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return p >= 1 || (p > 0 && this.next() < p);
  }

  /** A child stream whose seed is derived from this stream's next output and a label. */
  split(label: number | string): Rng {
    return new Rng(deriveSeed(this.nextUint32(), label));
  }
}

/** Picks an index from cumulative weights (last entry is the total); one choice needs no draw. */
export function pickCumulative(rng: Rng, cumulative: Float64Array | readonly number[]): number {
  // The draw in its own function: the common single choice then costs callers little of V8's inlining budget.
  return cumulative.length === 1 ? 0 : drawCumulative(rng, cumulative);
}

function drawCumulative(rng: Rng, cumulative: Float64Array | readonly number[]): number {
  const n = cumulative.length;
  const u = rng.next() * cumulative[n - 1]!;
  for (let i = 0; i < n - 1; i++) if (u < cumulative[i]!) return i;
  return n - 1;
}

/** A stream started from an explicit state (for checking against the published test vectors). */
export function rngFromState(a: number, b: number, c: number, d: number): Rng {
  const rng = new Rng(0);
  (rng as unknown as { s: Int32Array }).s.set([a, b, c, d]);
  return rng;
}
