/**
 * Diagnostic: the M/M/c queue written directly on our engine's Kernel (src/engine/kernel.ts) and
 * Rng (src/engine/random.ts), without the organisation model. The model code is as lean as the
 * hand-written loop's (a ring buffer of waiting arrival times, counters), so the gap between this
 * and the hand-written loop is the cost of the kernel (event list + dispatch), and the gap
 * between this and the full engine is the cost of the organisation model (records, units, tasks,
 * routing, time series).
 *
 * Events: the kernel's count, one arrival and one departure per customer (2 per customer).
 */
import { Kernel } from '../../src/engine/kernel';
import { Rng } from '../../src/engine/random';
import { keepAlive, stopwatch, type MmcParams, type MmcResult } from './mmc-common';

const ARRIVAL = 0;
const DEPARTURE = 1;

/** The model half: state and the handler the kernel calls. */
class KernelMmc {
  readonly kernel: Kernel;
  private readonly rng: Rng;
  private ring = new Float64Array(1024);
  private head = 0;
  private queued = 0;
  private busy = 0;
  arrived = 0;
  departed = 0;
  measured = 0;
  waited = 0;
  totalWait = 0;

  constructor(private readonly p: MmcParams, seed: number) {
    this.rng = new Rng(seed);
    this.kernel = new Kernel((kind) => (kind === ARRIVAL ? this.onArrival() : this.onDeparture()), Number.MAX_SAFE_INTEGER);
  }

  private exponential(mean: number): number {
    return -mean * Math.log(this.rng.nextOpen());
  }

  start(): void {
    if (this.p.customers > 0) this.kernel.schedule(this.exponential(1 / this.p.lambda), ARRIVAL);
  }

  private onArrival(): void {
    const k = this.kernel;
    this.arrived++;
    if (this.arrived < this.p.customers) k.schedule(this.exponential(1 / this.p.lambda), ARRIVAL);
    if (this.busy < this.p.servers) {
      this.busy++;
      if (k.now >= this.p.warmup) this.measured++;
      k.schedule(this.exponential(this.p.meanService), DEPARTURE);
    } else {
      if (this.queued === this.ring.length) {
        const grown = new Float64Array(this.ring.length * 2);
        for (let i = 0; i < this.queued; i++) grown[i] = this.ring[(this.head + i) % this.ring.length]!;
        this.ring = grown;
        this.head = 0;
      }
      this.ring[(this.head + this.queued) % this.ring.length] = k.now;
      this.queued++;
    }
  }

  private onDeparture(): void {
    const k = this.kernel;
    this.departed++;
    if (this.queued > 0) {
      const arrival = this.ring[this.head]!;
      this.head = (this.head + 1) % this.ring.length;
      this.queued--;
      if (arrival >= this.p.warmup) {
        this.measured++;
        this.waited++;
        this.totalWait += k.now - arrival;
      }
      k.schedule(this.exponential(this.p.meanService), DEPARTURE);
    } else {
      this.busy--;
    }
  }
}

export function runKernelMmc(p: MmcParams, seed: number): MmcResult {
  const stop = stopwatch();
  const model = new KernelMmc(p, seed);
  keepAlive(model);
  model.start();
  model.kernel.runUntil(Infinity);
  const { wallMs, cpuMs } = stop();
  return {
    customers: model.arrived,
    events: model.kernel.eventsFired,
    wallMs,
    cpuMs,
    measured: model.measured,
    meanWait: model.totalWait / model.measured,
    probabilityOfWaiting: model.waited / model.measured,
    unserved: model.arrived - model.departed,
  };
}
