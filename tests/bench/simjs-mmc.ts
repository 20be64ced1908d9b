/**
 * The same M/M/c queue written the way SIM.JS (npm `simjs` 2.0.3) intends: one entity generating
 * customers with setTimer(), a FCFS Facility with c servers taken with useFacility(), and SIM.JS's
 * own seeded Random (Mersenne Twister) for the interarrival and service times.
 *
 * Events counted: one per arrival and one per departure (2 per customer), as for the hand-written
 * loop; SIM.JS itself also pops exactly these two requests per customer from its event list.
 */
import { createRequire } from 'node:module';
import { keepAlive, stopwatch, type MmcParams, type MmcResult } from './mmc-common';
import type { SimJsEntity, SimJsFacility, SimJsLibrary, SimJsRandom, SimJsSim } from './simjs';

let library: SimJsLibrary | null = null;

/**
 * Loads SIM.JS. Its bundle only publishes itself as `window.Sim` (see simjs.d.ts), so a stand-in
 * `window` is put on the global object while the bundle runs and removed right after.
 */
export function loadSimJs(): SimJsLibrary {
  if (library) return library;
  const g = globalThis as unknown as { window?: unknown };
  const hadWindow = 'window' in g;
  const previous = g.window;
  const stand: { Sim?: SimJsLibrary } = {};
  g.window = stand;
  try {
    const require = createRequire(import.meta.url);
    const file = require.resolve('simjs');
    delete require.cache[file]; // a copy loaded without `window` would hold nothing
    require(file);
  } finally {
    if (hadWindow) g.window = previous;
    else delete g.window;
  }
  if (!stand.Sim) throw new Error('SIM.JS did not publish window.Sim when loaded');
  library = stand.Sim;
  return library;
}

/** What one run's customers need: the run's parameters and its SIM.JS objects. */
interface CallerSetup {
  random: SimJsRandom;
  agents: SimJsFacility;
  arrivalRate: number;
  serviceRate: number;
  customers: number;
  warmup: number;
}

type CallersClass = new (sim: SimJsSim, name?: string) => SimJsEntity & {
  arrived: number; departed: number; measured: number; waited: number; totalWait: number;
};
let callersClass: CallersClass | null = null;

/**
 * The entity class, defined once per process: a class per run would give every run's objects
 * hidden classes of their own, and with the warm-up runs' objects kept alive (keepAlive) SIM.JS's
 * code would see several of them and slow down (measured: about 12 %).
 */
function callersClassOf(lib: SimJsLibrary): CallersClass {
  if (callersClass) return callersClass;
  // Counters live on the entity (object fields), not in closure variables, so the model code is
  // as cheap as SIM.JS allows and the comparison measures the library.
  class Callers extends lib.Entity {
    arrived = 0;
    departed = 0;
    measured = 0;
    waited = 0;
    totalWait = 0;
    setup!: CallerSetup;

    start(setup: CallerSetup): void {
      this.setup = setup;
      this.setTimer(setup.random.exponential(setup.arrivalRate)).done(this.arrive);
    }

    arrive(): void {
      const setup = this.setup;
      this.arrived++;
      const now = this.time();
      const service = setup.random.exponential(setup.serviceRate);
      this.useFacility(setup.agents, service).done(this.depart, this, [now, service]);
      if (this.arrived < setup.customers) this.setTimer(setup.random.exponential(setup.arrivalRate)).done(this.arrive);
    }

    depart(arrival: number, service: number): void {
      this.departed++;
      if (arrival < this.setup.warmup) return;
      // Served at now − service; a customer served at once gets ~1e-10 of rounding, not a wait.
      const wait = this.time() - service - arrival;
      this.measured++;
      if (wait > 1e-6) {
        this.waited++;
        this.totalWait += wait;
      }
    }
  }
  callersClass = Callers;
  return Callers;
}

export function runSimJsMmc(p: MmcParams, seed: number): MmcResult {
  const lib = loadSimJs();
  const Callers = callersClassOf(lib);
  const stop = stopwatch();
  const sim = new lib.Sim();
  const agents = new lib.Facility('agents', lib.Facility.FCFS, p.servers);
  const random = new lib.Random(seed);
  keepAlive(sim, agents, random);
  const setup: CallerSetup = { random, agents, arrivalRate: p.lambda, serviceRate: 1 / p.meanService, customers: p.customers, warmup: p.warmup };
  const callers = sim.addEntity(Callers, 'callers', setup);
  sim.simulate(Infinity);
  const { wallMs, cpuMs } = stop();
  return {
    customers: callers.arrived,
    events: callers.arrived + callers.departed,
    wallMs,
    cpuMs,
    measured: callers.measured,
    meanWait: callers.totalWait / callers.measured,
    probabilityOfWaiting: callers.waited / callers.measured,
    unserved: callers.arrived - callers.departed,
  };
}
