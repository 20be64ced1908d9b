/**
 * The practical ceiling: a minimal M/M/c simulation written by hand in plain TypeScript.
 *
 * A binary min-heap over typed arrays (Float64Array times, Int32Array kinds), an inline
 * xoshiro128** generator (no Math.random), two event kinds (arrival, service completion) and a
 * FIFO ring buffer of the arrival times of waiting customers. Nothing is allocated per event.
 * Events counted: one per arrival and one per departure, i.e. exactly 2 per customer.
 * Imports only the shared types and stopwatch.
 */
import { stopwatch, type MmcParams, type MmcResult } from './mmc-common';

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

// The helpers below take their state as typed arrays and are small enough for V8 to inline into
// the loop. (Closures over mutable `let` doubles would box every write into a fresh heap number.)

/** One xoshiro128** step on state `s` (4 words); returns an exponential variate of the given mean. */
function exponential(s: Int32Array, mean: number): number {
  const s0 = s[0]!, s1 = s[1]!, s2 = s[2]! ^ s0, s3 = s[3]! ^ s1;
  const m = Math.imul(s1, 5);
  const r = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
  s[0] = s0 ^ s3;
  s[1] = s1 ^ s2;
  s[2] = s2 ^ (s1 << 9);
  s[3] = (s3 << 11) | (s3 >>> 21);
  return -mean * Math.log((r + 1) / TWO_POW_32); // uniform in (0, 1]: never log(0)
}

/** Inserts (time, kind) into the heap holding `size` events (the caller then increments size). */
function heapPush(times: Float64Array, kinds: Int32Array, size: number, time: number, kind: number): void {
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (times[parent]! <= time) break;
    times[i] = times[parent]!;
    kinds[i] = kinds[parent]!;
    i = parent;
  }
  times[i] = time;
  kinds[i] = kind;
}

/** Removes the root of a heap that held size + 1 events (the caller read the root and decremented size). */
function heapRemoveRoot(times: Float64Array, kinds: Int32Array, size: number): void {
  const lastTime = times[size]!;
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
}

export function runHandwrittenMmc(p: MmcParams, seed: number): MmcResult {
  const out = new Float64Array(OUT_SIZE);
  const stop = stopwatch();
  simulate(p.customers, p.servers, p.warmup, 1 / p.lambda, p.meanService, seed, out);
  const { wallMs, cpuMs } = stop();
  const measured = out[OUT_MEASURED]!;
  return {
    customers: out[OUT_ARRIVED]!,
    events: out[OUT_ARRIVED]! + out[OUT_DEPARTED]!,
    wallMs,
    cpuMs,
    measured,
    meanWait: out[OUT_TOTAL_WAIT]! / measured,
    probabilityOfWaiting: out[OUT_WAITED]! / measured,
    unserved: out[OUT_ARRIVED]! - out[OUT_DEPARTED]!,
  };
}

// Results of `simulate`, written into a Float64Array so the hot function ends with plain stores
// (an object built after an on-stack-replaced loop made V8 deoptimise it on every call).
const OUT_ARRIVED = 0, OUT_DEPARTED = 1, OUT_MEASURED = 2, OUT_WAITED = 3, OUT_TOTAL_WAIT = 4, OUT_SIZE = 5;

/** The whole simulation: scalar arguments in, counters out. */
function simulate(customers: number, servers: number, warmup: number, meanInterarrival: number, meanService: number, seed: number, out: Float64Array): void {

  // xoshiro128** state (Blackman & Vigna 2018), seeded through splitmix32; never all zero.
  const rng = new Int32Array(4);
  rng[0] = mix32(seed);
  rng[1] = mix32(rng[0]);
  rng[2] = mix32(rng[1]);
  rng[3] = mix32(rng[2]) | 1;

  // Future event list: at most one pending arrival and `servers` pending departures.
  const times = new Float64Array(servers + 2);
  const kinds = new Int32Array(servers + 2);
  let size = 0;

  // FIFO of arrival times of waiting customers: a ring buffer whose size is a power of two.
  let ring = new Float64Array(1024);
  let mask = ring.length - 1;
  let head = 0, queued = 0;

  let arrived = 0, departed = 0, busy = 0;
  let measured = 0, waited = 0, totalWait = 0;

  if (customers > 0) heapPush(times, kinds, size++, exponential(rng, meanInterarrival), ARRIVAL);
  while (size > 0) {
    const now = times[0]!;
    const kind = kinds[0]!;
    heapRemoveRoot(times, kinds, --size);
    if (kind === ARRIVAL) {
      arrived++;
      if (arrived < customers) heapPush(times, kinds, size++, now + exponential(rng, meanInterarrival), ARRIVAL);
      if (busy < servers) {
        busy++;
        if (now >= warmup) measured++; // waited 0
        heapPush(times, kinds, size++, now + exponential(rng, meanService), DEPARTURE);
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
        if (arrival >= warmup) {
          measured++;
          waited++; // arrived to a full system: its wait is > 0
          totalWait += now - arrival;
        }
        heapPush(times, kinds, size++, now + exponential(rng, meanService), DEPARTURE);
      } else {
        busy--;
      }
    }
  }

  out[OUT_ARRIVED] = arrived;
  out[OUT_DEPARTED] = departed;
  out[OUT_MEASURED] = measured;
  out[OUT_WAITED] = waited;
  out[OUT_TOTAL_WAIT] = totalWait;
}
