/**
 * Bad buzz in a replication: scripted and self-triggered episodes, and the extra messages they
 * bring. Functions of the Simulation they act on; the visibility bookkeeping is in crisis.ts.
 */
import { pickCumulative } from '../engine/random';
import { NONE } from './compiled';
import { Ev, PRIORITY_STRUCTURE } from './events';
import { Origin } from './records';
import type { Simulation } from './simulation';


export function onCrisisStart(sim: Simulation, i: number): void {
  const s = sim.model.crisis!.scripted[i]!;
  startCrisis(sim, s.multiplier, s.duration, false);
}

export function startCrisis(sim: Simulation, multiplier: number, duration: number, self: boolean): void {
  const token = sim.crisis!.start(multiplier, self);
  if (sim.kernel.now >= sim.model.warmup) sim.measuredEpisodes++;
  sim.kernel.schedule(duration, Ev.CrisisEnd, token, 0, PRIORITY_STRUCTURE);
  rescheduleCrisisArrivals(sim);
}

export function onCrisisEnd(sim: Simulation, token: number): void {
  sim.crisis!.end(token);
  rescheduleCrisisArrivals(sim);
}

/** The extra volume changed: draw fresh next arrivals (exact, the process being memoryless). */
export function rescheduleCrisisArrivals(sim: Simulation): void {
  const crisis = sim.crisis!;
  const extra = crisis.multiplier() - 1;
  crisis.config.extraRates.forEach((rate, c) => {
    if (!rate || extra <= 0) return;
    const t = rate.next(sim.kernel.now, sim.crisisRng, extra);
    if (t <= sim.model.horizon) sim.kernel.scheduleAt(t, Ev.CrisisArrival, c, crisis.generation);
  });
}

export function onCrisisArrival(sim: Simulation, c: number, generation: number): void {
  const crisis = sim.crisis!;
  if (generation !== crisis.generation) return;
  const rng = sim.crisisRng;
  const p = pickCumulative(rng, crisis.config.publicCumulative[c]!);
  const pub = sim.model.publics[p]!;
  const m = sim.messages.add(p, c, pickCumulative(rng, crisis.config.intentCumulative), pickCumulative(rng, pub.topicCumulative), Origin.Crisis, NONE);
  sim.messages.arrival[m] = sim.kernel.now;
  sim.messages.organised[m] = rng.chance(pub.organisedShare) ? 1 : 0;
  sim.admit(m, rng);
  const t = crisis.config.extraRates[c]!.next(sim.kernel.now, rng, crisis.multiplier() - 1);
  if (t <= sim.model.horizon) sim.kernel.scheduleAt(t, Ev.CrisisArrival, c, generation);
}
