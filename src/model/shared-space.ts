/**
 * A public space (a page, a forum) that several teams watch, each for its own topics, with nobody
 * to triage it (no conductor): a message may be picked up by the wrong team, answered by two
 * teams, or left by each to the others. Coordination between the teams reduces all three.
 * Functions of the Simulation they act on; the entry unit chosen by topic is the right team.
 */
import { NONE, type SharedSpace } from './compiled';
import { addVisibility } from './customer-events';
import { TaskKind } from './records';
import type { Simulation } from './simulation';

/** What `claim` returns when every team left the message to the others. */
export const UNCLAIMED = -2;

/** The unit that picks up a message on topic `topic` whose right team is `u`, or UNCLAIMED. */
export function claim(sim: Simulation, u: number, topic: number, space: SharedSpace, workClass: number): number {
  const r = sim.routingRng.next();
  if (r < space.nobody) return UNCLAIMED;
  if (r < space.nobody + space.wrongTeam) return otherTeam(sim, u, space);
  if (r < space.nobody + space.wrongTeam + space.twice) {
    // Another team answers it too: its work is spent, and the customer sees two answers.
    const other = otherTeam(sim, u, space);
    const t = sim.tasks.add(TaskKind.Duplicate, other, NONE, workClass);
    sim.tasks.rows[t]!.definition = topic;
    sim.enqueue(t, other);
  }
  return u;
}

/** A second team finished its answer to a message another team answers: two answers, maybe contradicting. */
export function onDuplicateDone(sim: Simulation, t: number): void {
  const u = sim.tasks.rows[t]!.unit;
  if (sim.kernel.now >= sim.model.warmup) sim.answeredTwice++;
  if (sim.crisis !== null && sim.decideRng[u]!.chance(sim.model.units[u]!.inconsistency)) addVisibility(sim, sim.model.inconsistencyVisibility);
}

/** One of the space's other teams, at random. */
function otherTeam(sim: Simulation, u: number, space: SharedSpace): number {
  const n = space.units.length;
  const pick = space.units[sim.routingRng.int(n - 1)]!;
  return pick === u ? space.units[n - 1]! : pick;
}
