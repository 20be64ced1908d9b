/**
 * Messages passed on: a unit refers a message along its rule (possibly misrouted, forgotten or cut
 * as looping), and an answer found further on travels back hop by hop, or to the entry unit in one.
 * Functions of the Simulation they act on; each hop is a hand-off with its own transfer delay.
 */
import { NONE, WorkClass } from './compiled';
import { Ev } from './events';
import { DropReason, Outcome, TaskKind } from './records';
import type { Simulation } from './simulation';
import { startHoldingPatience } from './customer-events';

/** Referral chains longer than this are cut: the message is dropped as looping. */
const MAX_HANDOFFS = 25;

/** Unit u, handling message m in task t, passes it on by the unit's rule for its topic. */
export function refer(sim: Simulation, t: number, m: number, u: number): void {
  const { tasks, messages, model, routingRng } = sim;
  const ruleIndex = model.units[u]!.referralRule[messages.topic[m]!]!;
  const rule = model.referrals[ruleIndex]!;
  let target = rule.to;
  if (rule.misrouteTargets.length > 0 && routingRng.chance(rule.misrouteProbability)) {
    target = rule.misrouteTargets[routingRng.int(rule.misrouteTargets.length)]!;
  }
  if (messages.handoffs[m]! >= MAX_HANDOFFS) return sim.finish(m, Outcome.Dropped, DropReason.Loop);
  if (messages.handoffs[m] === 0) startHoldingPatience(sim, m);
  messages.handoffs[m]!++;
  if (chainVisits(sim, t, target)) messages.looped[m] = 1;
  if (!rule.committed && routingRng.chance(rule.forgetProbability)) return sim.finish(m, Outcome.Dropped, DropReason.Forgotten);
  const next = tasks.add(TaskKind.Handle, target, m, rule.committed ? WorkClass.Committed : WorkClass.Optional);
  if (messages.arrival[m]! >= model.warmup) countReferral(sim, u, target);
  tasks.rows[next]!.parent = t;
  tasks.rows[next]!.rule = ruleIndex;
  messages.liveTask[m] = next;
  sim.observer?.left(m, sim.kernel.now);
  sim.kernel.schedule(rule.delay(routingRng), Ev.Transfer, next);
}

/** Sends a found answer back to the unit of handling task `to`, after the hop's transfer delay. */
export function relayBack(sim: Simulation, to: number, m: number, rule: number): void {
  const { tasks, messages } = sim;
  const r = tasks.add(TaskKind.Relay, tasks.rows[to]!.unit, m, WorkClass.Regular);
  tasks.rows[r]!.relayOf = to;
  messages.liveTask[m] = r;
  messages.handoffs[m]!++;
  sim.observer?.left(m, sim.kernel.now);
  sim.kernel.schedule(sim.model.referrals[rule]!.delay(sim.routingRng), Ev.Transfer, r);
}

/** Relay task r has passed message m's answer on at its unit: post it, or relay it one hop further. */
export function onRelayDone(sim: Simulation, r: number, m: number): void {
  const k = sim.tasks.rows[r]!.relayOf;
  const parent = sim.tasks.rows[k]!.parent;
  if (parent === NONE) sim.post(m);
  else relayBack(sim, parent, m, sim.tasks.rows[k]!.rule);
}

/** Counted as they happen: task rows are reused, so the table cannot tell them afterwards. */
function countReferral(sim: Simulation, from: number, to: number): void {
  const pair = from * sim.units.length + to;
  sim.referrals.set(pair, (sim.referrals.get(pair) ?? 0) + 1);
}

/** Whether the referral chain ending at task `t` already went through unit `u`. */
function chainVisits(sim: Simulation, t: number, u: number): boolean {
  for (let k = t; k !== NONE; k = sim.tasks.rows[k]!.parent) if (sim.tasks.rows[k]!.unit === u) return true;
  return false;
}
