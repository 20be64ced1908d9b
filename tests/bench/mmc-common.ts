/**
 * Shared pieces of the M/M/c benchmark: the model parameters, the result every implementation
 * returns, the Erlang C reference, the accuracy tolerance, and small timing / statistics helpers.
 *
 * Owns: what "within tolerance" means. Imports only the closed-form Erlang C from src/metrics.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { erlangC, type ErlangC } from '../../src/metrics/queueing-theory';

/** The benchmarked queue: Poisson arrivals, exponential service, c servers, FIFO, no abandonment. */
export interface MmcParams {
  /** Customers to generate (the engine runs to a horizon instead, sized to reach at least this). */
  customers: number;
  /** Arrivals per minute (λ). */
  lambda: number;
  /** Mean service time in minutes (1/μ). */
  meanService: number;
  /** Servers (c). */
  servers: number;
  /** Customers arriving before this time (minutes) are simulated but not measured. */
  warmup: number;
}

/** λ = 1/min, mean service 4 min, c = 5: utilisation 0.8, Erlang C Wq ≈ 2.216 min, P(wait) ≈ 0.554. */
export const DEFAULT_PARAMS: MmcParams = {
  customers: 1_000_000,
  lambda: 1,
  meanService: 4,
  servers: 5,
  // One day. The queue forgets its empty start within a few hundred minutes at ρ = 0.8 (the
  // relaxation time of the busy-period queue is about 1/(cμ(1-√ρ)²) ≈ 72 min), so 1,440 minutes
  // removes the initial bias while discarding only ~0.14 % of a million customers.
  warmup: 1_440,
};

export function theory(p: MmcParams): ErlangC {
  return erlangC(p.lambda, 1 / p.meanService, p.servers);
}

/** What one run of one implementation reports. */
export interface MmcResult {
  /** Customers that arrived (warm-up included). */
  customers: number;
  /** Events as the implementation counts them (see each implementation's header). */
  events: number;
  /** Wall-clock milliseconds of the simulation itself (model loading and result scans excluded). */
  wallMs: number;
  /**
   * CPU milliseconds of the whole process over the same span (all threads, so V8's parallel GC
   * helpers count). Wall well above CPU means the run was waiting for a core on a busy machine.
   */
  cpuMs: number;
  /** Customers measured (arrived after the warm-up and started service). */
  measured: number;
  /** Mean wait in queue (minutes) over the measured customers. */
  meanWait: number;
  /** Share of the measured customers who had to wait (wait > 0). */
  probabilityOfWaiting: number;
  /** Customers that arrived but never started service (should be 0 except for the engine's horizon). */
  unserved: number;
}

/**
 * Relative standard deviation of the two estimators over independent runs of 10^6 customers with
 * this model (λ=1, 1/μ=4, c=5, one-day warm-up), measured by tests/bench/tolerance-study.ts on
 * 200 seeds of the hand-written loop. Waits are strongly autocorrelated at ρ = 0.8, so these are
 * ~15× the naive σ/√n; they scale as 1/√n.
 */
export const REL_SD_AT_1M = { meanWait: 0.0165, probabilityOfWaiting: 0.0045 } as const;

/**
 * Relative tolerance for n customers: 5 standard deviations of the estimator, so a correct
 * simulator fails a check by chance about once in 1.7 million (a benchmark run makes ~24 checks).
 * At 10^6 customers that is ±8.3 % on the mean wait and ±2.3 % on P(wait). A flat ±5 % on the
 * mean wait would be only a 3σ band: 1 run in 200 of the tolerance study's correct loop missed it
 * by a hair (worst 4.94 %), and with several implementations and rounds per benchmark a false
 * FAIL would turn up every few dozen runs. The band still catches real modelling errors: a mean
 * service 2 % off (4.08 min) moves Wq by +17 % and P(wait) by +5.6 %, an arrival rate 2 % off by
 * +15 % / +5.6 %, one server too many by −74 % / −49 % (Erlang C). A floor of 5 % / 2 % applies if
 * REL_SD_AT_1M is ever lowered. Quick runs (--customers 10000) get a proportionally wider band
 * (σ ∝ 1/√n), which only catches gross errors.
 */
export function tolerance(customers: number): { meanWait: number; probabilityOfWaiting: number } {
  const scale = Math.sqrt(1_000_000 / Math.max(1, customers));
  return {
    meanWait: Math.max(0.05, 5 * REL_SD_AT_1M.meanWait) * scale,
    probabilityOfWaiting: Math.max(0.02, 5 * REL_SD_AT_1M.probabilityOfWaiting) * scale,
  };
}

/** Starts a wall + process-CPU stopwatch; call the result to read both in milliseconds. */
export function stopwatch(): () => { wallMs: number; cpuMs: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const wallMs = performance.now() - wall;
    const used = process.cpuUsage(cpu);
    return { wallMs, cpuMs: (used.user + used.system) / 1000 };
  };
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Objects of every run of this process, kept alive until it ends. Without them, the forced
 * collection before the timed run (collectGarbage) frees the last instances of an
 * implementation's classes, and V8 throws away every optimised function that depends on their
 * hidden classes or embeds them ("weak objects" under --trace-deopt-verbose): the timed run then
 * starts unoptimised and recompiles as it goes, which is not what it means to time. Measured on
 * the engine: 141–149 ns/event, 110–130 once kept; the bare Kernel 70–78, 62–66. Every
 * implementation keeps its objects alike (SIM.JS: unchanged, see simjs-mmc.ts).
 */
const kept: unknown[] = [];

export function keepAlive(...objects: unknown[]): void {
  kept.push(...objects);
}

let gcFunction: (() => void) | null | undefined;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs a full garbage collection between timed runs, so one implementation's garbage is not
 * collected on another's clock, then sleeps briefly so V8's background threads (concurrent
 * sweeping, unmapping the previous run's arrays) finish before the next stopwatch starts.
 * `npm run bench` cannot pass --expose-gc, so the flag is set at run time and `gc` is fetched from
 * a fresh context; if that fails the benchmark runs without it.
 */
export function collectGarbage(): void {
  if (gcFunction === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gcFunction = runInNewContext('gc') as () => void;
    } catch {
      gcFunction = null;
    }
  }
  gcFunction?.();
  Atomics.wait(pause, 0, 0, 100);
}
