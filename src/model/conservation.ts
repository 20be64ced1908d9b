/**
 * The conservation check run at the end of every replication: every message that arrived ended in
 * exactly one of answered, dropped or abandoned, or is still open — and every open message is
 * somewhere (in a queue, an inbox, in transit or being handled). A violation throws.
 */
import { Outcome, TaskState } from './records';
import type { Simulation } from './simulation';

export interface OutcomeCounts {
  arrived: number;
  answered: number;
  dropped: number;
  abandoned: number;
}

export class ConservationError extends Error {
  constructor(detail: string) {
    super(`conservation of messages violated: ${detail}`);
    this.name = 'ConservationError';
  }
}

export function checkConservation(sim: Simulation): void {
  const { messages, tasks, counts, units } = sim;
  // The column in a local and plain indexed reads: this loop visits every message of the run.
  const outcome = messages.outcome, census = new Int32Array(4);
  for (let m = 0, n = messages.count; m < n; m++) census[outcome[m]!]!++;
  const open = census[Outcome.Open]!, answered = census[Outcome.Answered]!, dropped = census[Outcome.Dropped]!, abandoned = census[Outcome.Abandoned]!;
  if (counts.arrived !== messages.count) throw new ConservationError(`${counts.arrived} arrivals counted, ${messages.count} messages recorded`);
  if (answered !== counts.answered || dropped !== counts.dropped || abandoned !== counts.abandoned) {
    throw new ConservationError(`outcome counters (${counts.answered}/${counts.dropped}/${counts.abandoned}) differ from the records (${answered}/${dropped}/${abandoned})`);
  }
  if (counts.arrived !== answered + dropped + abandoned + open) {
    throw new ConservationError(`${counts.arrived} arrived ≠ ${answered} answered + ${dropped} dropped + ${abandoned} abandoned + ${open} open`);
  }
  let carried = 0, queued = 0, inbox = 0;
  for (let t = 0; t < tasks.count; t++) {
    const state = tasks.rows[t]!.state;
    if (state === TaskState.Queued) queued++;
    if (state === TaskState.Inbox) inbox++;
    const m = tasks.rows[t]!.message;
    if (m < 0 || state >= TaskState.Done || messages.outcome[m] !== Outcome.Open) continue;
    if (messages.liveTask[m] !== t) throw new ConservationError(`message ${m} is carried by task ${t} but records task ${messages.liveTask[m]}`);
    carried++;
  }
  if (carried !== open) throw new ConservationError(`${open} messages are open but ${carried} are anywhere in the organisation`);
  // Every live task must actually sit where its state says: in its unit's queues or inbox, or on a server.
  const inServiceByUnit = new Int32Array(units.length);
  for (let t = 0; t < tasks.count; t++) if (tasks.rows[t]!.state === TaskState.Service) inServiceByUnit[tasks.rows[t]!.unit]!++;
  units.forEach((unit, u) => {
    let inQueues = 0, inInbox = 0;
    const inService = inServiceByUnit[u]!;
    for (const queue of unit.queues) queue.forEach((t) => { if (tasks.rows[t]!.state === TaskState.Queued) inQueues++; });
    unit.inbox.forEach((t) => { if (tasks.rows[t]!.state === TaskState.Inbox) inInbox++; });
    if (inQueues !== unit.waiting || inInbox !== unit.inboxLive) {
      throw new ConservationError(`unit ${u} counts ${unit.waiting} queued and ${unit.inboxLive} in its inbox but holds ${inQueues} and ${inInbox}`);
    }
    if (inService !== unit.busyFull + (unit.busyFraction ? 1 : 0)) {
      throw new ConservationError(`unit ${u} has ${unit.busyFull + (unit.busyFraction ? 1 : 0)} busy servers but ${inService} tasks in service`);
    }
  });
  const countedQueued = units.reduce((s, u) => s + u.waiting, 0);
  const countedInbox = units.reduce((s, u) => s + u.inboxLive, 0);
  if (countedQueued !== queued || countedInbox !== inbox) {
    throw new ConservationError(`units count ${countedQueued} queued and ${countedInbox} in inboxes; tasks say ${queued} and ${inbox}`);
  }
}
