/**
 * The passing of time in a replication: opening and closing hours, inbox checks, midnight updates
 * of volunteer participation, recurring internal tasks (animation, proactive campaigns), and the
 * time-series samples. Functions of the Simulation they act on.
 */
import { MINUTES_PER_DAY } from '../engine/calendar';
import { NONE, WorkClass } from './compiled';
import { Ev, PRIORITY_NORMAL, PRIORITY_SAMPLE, PRIORITY_STRUCTURE } from './events';
import { Origin, TaskKind, TaskState } from './records';
import type { Simulation } from './simulation';
import { checkMemory } from './memory-budget';

/** Mean delay of the replies a proactive campaign triggers (minutes): an assumption. */
const CAMPAIGN_REPLY_DELAY = 240;


/** The first events of the passing of time: shifts, days, internal tasks, scripted crises, samples. */
export function scheduleTime(sim: Simulation): void {
  const { model, kernel } = sim;
  model.units.forEach((u, i) => {
    const state = sim.units[i]!;
    state.participation = u.participation?.initial ?? 1;
    state.onDuty = u.calendar.isOpen(0);
    state.setCapacity(0);
    scheduleShift(sim, i);
  });
  if (model.units.some((u) => u.participation)) kernel.scheduleAt(MINUTES_PER_DAY, Ev.Day, 0, 0, PRIORITY_STRUCTURE);
  model.tasks.forEach((t, i) => kernel.scheduleAt(0, Ev.TaskDue, i, 0, PRIORITY_NORMAL));
  model.crisis?.scripted.forEach((s, i) => kernel.scheduleAt(s.start, Ev.CrisisStart, i, 0, PRIORITY_STRUCTURE));
  if (model.warmup > 0) kernel.scheduleAt(model.warmup, Ev.WarmupEnd, 0, 0, PRIORITY_STRUCTURE);
  kernel.scheduleAt(model.sampleEvery, Ev.Sample, 0, 0, PRIORITY_SAMPLE);
}

export function scheduleShift(sim: Simulation, u: number): void {
  const calendar = sim.model.units[u]!.calendar;
  const now = sim.kernel.now;
  const next = sim.units[u]!.onDuty ? calendar.nextClose(now) : calendar.nextOpen(now);
  if (next > now && next <= sim.model.horizon) sim.kernel.scheduleAt(next, Ev.Shift, u, 0, PRIORITY_STRUCTURE);
}

export function onShift(sim: Simulation, u: number): void {
  const state = sim.units[u]!;
  state.onDuty = sim.model.units[u]!.calendar.isOpen(sim.kernel.now);
  state.setCapacity(sim.kernel.now);
  if (state.onDuty) {
    // People look at what came in overnight when they arrive, then at their usual interval.
    if (state.inboxLive > 0 && !state.checkScheduled) {
      state.checkScheduled = true;
      sim.kernel.scheduleAt(sim.kernel.now, Ev.InboxCheck, u);
    }
    sim.tryStart(u);
  }
  scheduleShift(sim, u);
}

export function scheduleCheck(sim: Simulation, u: number): void {
  const state = sim.units[u]!;
  if (state.checkScheduled) return;
  const unit = sim.model.units[u]!;
  const every = unit.checkEvery;
  const now = sim.kernel.now;
  // Closed now: people look when they arrive. Open: at the next check, or the next opening after it.
  let t = unit.calendar.isOpen(now) ? Math.ceil(now / every) * every : unit.calendar.nextOpen(now);
  if (!unit.calendar.isOpen(t)) t = unit.calendar.nextOpen(t);
  if (t > sim.model.horizon) return;
  state.checkScheduled = true;
  sim.kernel.scheduleAt(t, Ev.InboxCheck, u);
}

export function onInboxCheck(sim: Simulation, u: number): void {
  const state = sim.units[u]!;
  state.checkScheduled = false;
  if (!state.onDuty) return; // the next opening schedules a check
  state.advance(sim.kernel.now);
  while (state.inbox.length > 0) {
    const t = state.inbox.shift();
    if (sim.tasks.rows[t]!.state !== TaskState.Inbox) continue;
    state.inboxLive--;
    state.queues[sim.tasks.rows[t]!.workClass]!.push(t);
    state.waiting++;
    sim.tasks.rows[t]!.state = TaskState.Queued;
  }
  sim.tryStart(u);
}

/** Midnight: volunteer participation recovers after a day with animation, decays otherwise. */
export function onDay(sim: Simulation): void {
  const now = sim.kernel.now;
  sim.model.units.forEach((unit, u) => {
    const p = unit.participation;
    if (!p) return;
    const state = sim.units[u]!;
    state.participation = state.animatedToday
      ? state.participation + (p.target - state.participation) * p.recoveryPerDay
      : state.participation * Math.pow(0.5, 1 / p.halfLifeDays);
    state.animatedToday = false;
    state.setCapacity(now);
    sim.tryStart(u);
  });
  sim.series.recordParticipation(sim.units.map((s) => s.participation));
  if (now + MINUTES_PER_DAY <= sim.model.horizon) sim.kernel.schedule(MINUTES_PER_DAY, Ev.Day, 0, 0, PRIORITY_STRUCTURE);
}

export function onTaskDue(sim: Simulation, d: number): void {
  const def = sim.model.tasks[d]!;
  const t = sim.tasks.add(TaskKind.Internal, def.unit, NONE, WorkClass.Regular);
  sim.tasks.rows[t]!.definition = d;
  sim.enqueue(t, def.unit);
  if (sim.kernel.now + def.every <= sim.model.horizon) sim.kernel.schedule(def.every, Ev.TaskDue, d);
}

export function onInternalDone(sim: Simulation, t: number): void {
  const def = sim.model.tasks[sim.tasks.rows[t]!.definition]!;
  for (const pool of def.animates) sim.units[pool]!.animatedToday = true;
  if (!def.replies) return;
  // Replies to a proactive message: a Poisson number of them, spread over the next hours.
  let arrivalTime = -Math.log(sim.customerRng.nextOpen());
  while (arrivalTime < def.replies.expected) {
    sim.kernel.schedule(-CAMPAIGN_REPLY_DELAY * Math.log(sim.customerRng.nextOpen()), Ev.FollowUp, sim.tasks.rows[t]!.definition, Origin.CampaignReply);
    arrivalTime -= Math.log(sim.customerRng.nextOpen());
  }
}

export function onSample(sim: Simulation): void {
  const now = sim.kernel.now;
  sim.series.record(now, sim.units, sim.crisis?.level(now) ?? 0, sim.crisis?.multiplier() ?? 1);
  checkMemory(sim); // tasks and events of a growing backlog count towards the memory budget too
  if (now + sim.model.sampleEvery <= sim.model.horizon) sim.kernel.schedule(sim.model.sampleEvery, Ev.Sample, 0, 0, PRIORITY_SAMPLE);
}
