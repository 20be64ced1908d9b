/**
 * The practical ceiling: a minimal M/M/c simulation written by hand in plain TypeScript.
 *
 * A binary min-heap over typed arrays (Float64Array times, Int32Array kinds), an inline
 * xoshiro128** generator (no Math.random), two event kinds (arrival, service completion) and a
 * FIFO ring buffer of the arrival times of waiting customers. Nothing is allocated per event.
 * Events counted: one per arrival and one per departure, i.e. exactly 2 per customer.
 * Imports only the shared types.
 */
import type { MmcParams, MmcResult } from './mmc-common';

const ARRIVAL = 0;
const DEPARTURE = 1;
const TWO_POW_32 = 4294967296;

/** splitmix32: spreads a seed into a well-mixed 32-bit state word. */
function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export function runHandwrittenMmc(p: MmcParams, seed: number): MmcResult {
  const start = performance.now();
  const { customers, servers, warmup } = p;
  const meanInterarrival = 1 / p.lambda;
  const meanService = p.meanService;

  // xoshiro128** state (Blackman & Vigna), seeded through splitmix32.
  let s0 = mix32(seed), s1 = mix32(s0), s2 = mix32(s1), s3 = mix32(s2) | 1;
  /** Exponential variate with the given mean, from a uniform in (0, 1]. */
  const exponential = (mean: number): number => {
    const m = Math.imul(s1, 5);
    const r = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return -mean * Math.log((r + 1) / TWO_POW_32);
  };

  // Future event list: at most one pending arrival and `servers` pending departures.
  const heapCapacity = servers + 2;
  const times = new Float64Array(heapCapacity);
  const kinds = new Int32Array(heapCapacity);
  let size = 0;
  const push = (time: number, kind: number): void => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent]! <= time) break;
      times[i] = times[parent]!;
      kinds[i] = kinds[parent]!;
      i = parent;
    }
    times[i] = time;
    kinds[i] = kind;
  };
  let popTime = 0, popKind = 0;
  const pop = (): void => {
    popTime = times[0]!;
    popKind = kinds[0]!;
    const lastTime = times[--size]!;
    const lastKind = kinds[size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && times[child + 1]! < times[child]!) child++;
      if (times[child]! >= lastTime) break;
      times[i] = times[child]!;
      kinds[i] = kinds[child]!;
      i = child;
    }
    times[i] = lastTime;
    kinds[i] = lastKind;
  };

  // FIFO of arrival times of waiting customers: a ring buffer whose size is a power of two.
  let ring = new Float64Array(1024);
  let mask = ring.length - 1;
  let head = 0, queued = 0;

  let arrived = 0, departed = 0, busy = 0;
  let measured = 0, waited = 0, totalWait = 0;
  const record = (arrival: number, wait: number): void => {
    if (arrival < warmup) return;
    measured++;
    totalWait += wait;
    if (wait > 0) waited++;
  };

  if (customers > 0) push(exponential(meanInterarrival), ARRIVAL);
  while (size > 0) {
    pop();
    const now = popTime;
    if (popKind === ARRIVAL) {
      arrived++;
      if (arrived < customers) push(now + exponential(meanInterarrival), ARRIVAL);
      if (busy < servers) {
        busy++;
        record(now, 0);
        push(now + exponential(meanService), DEPARTURE);
      } else {
        if (queued === ring.length) {
          const grown = new Float64Array(ring.length * 2);
          for (let k = 0; k < queued; k++) grown[k] = ring[(head + k) & mask]!;
          ring = grown;
          mask = ring.length - 1;
          head = 0;
        }
        ring[(head + queued) & mask] = now;
        queued++;
      }
    } else {
      departed++;
      if (queued > 0) {
        const arrival = ring[head]!;
        head = (head + 1) & mask;
        queued--;
        record(arrival, now - arrival);
        push(now + exponential(meanService), DEPARTURE);
      } else {
        busy--;
      }
    }
  }

  const wallMs = performance.now() - start;
  return {
    customers: arrived,
    events: arrived + departed,
    wallMs,
    measured,
    meanWait: totalWait / measured,
    probabilityOfWaiting: waited / measured,
    unserved: arrived - departed,
  };
}
