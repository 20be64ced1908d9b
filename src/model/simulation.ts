/**
 * One replication of an organisation answering its publics: arrivals, queues, referrals, answers,
 * customers who give up or switch channel, and bad-buzz episodes, on the generic kernel.
 *
 * Owns: the life cycle of a message — arrive → (entry unit) handle → answer | refer | drop →
 * (relay back) → post — and the conservation of messages. The passing of time (time-events.ts),
 * referrals and relayed answers (referral-events.ts), customers who give up (customer-events.ts)
 * and bad buzz (crisis-events.ts) are functions of it in their own files. Never imports React,
 * d3 or the DOM.
 */
import { Kernel, type StopReason } from '../engine/kernel';
import { Rng, deriveSeed, pickCumulative } from '../engine/random';
import { AnswerPath, NONE, WorkClass, type CompiledModel } from './compiled';
import { CrisisState } from './crisis';
import { Ev } from './events';
import { Action, DropReason, MessageTable, Origin, Outcome, TaskKind, TaskState, TaskTable } from './records';
import { UnitState } from './unit-state';
import { checkConservation, type OutcomeCounts } from './conservation';
import { TimeSeries } from './time-series';
import { onDay, onInboxCheck, onInternalDone, onSample, onShift, onTaskDue, scheduleCheck, scheduleTime } from './time-events';
import { onCrisisArrival, onCrisisEnd, onCrisisStart } from './crisis-events';
import { onAnswerReceived, onFollowUp, onPatienceEnd } from './customer-events';
import { onRelayDone, refer, relayBack } from './referral-events';
import type { MessageObserver } from './trace';
import { claim, onDuplicateDone } from './shared-space';
import { maxMessages, mayHoldTasks, stopForMemory } from './memory-budget';

/** Most events one call to `advance` fires: above any event budget, and a small integer for V8. */
const MAX_SLICE = 2 ** 30;

export class Simulation {
  readonly kernel: Kernel;
  readonly messages: MessageTable;
  readonly tasks: TaskTable;
  readonly units: UnitState[];
  readonly counts: OutcomeCounts = { arrived: 0, answered: 0, dropped: 0, abandoned: 0 };
  readonly crisis: CrisisState | null;
  readonly series: TimeSeries;
  /** Bad-buzz episodes that started after warm-up. */
  measuredEpisodes = 0;
  /** Second answers given to messages on a shared space, after warm-up. */
  answeredTwice = 0;
  /** Highest visibility reached after warm-up. */
  peakVisibility = 0;
  /** Why the run stopped: also 'memory' when its records reached the memory budget (`checkMemory`). */
  stopReason: StopReason | 'memory' | null = null;
  /** Set when the run was stopped by its memory budget (memory-budget.ts). */
  outOfMemory = false;
  /** Watches messages move (the org diagram's replay); null in ordinary runs. */
  observer: MessageObserver | null = null;
  /** Referrals of messages that arrived after warm-up, by (from unit × unit count + to unit), in order of first occurrence. */
  readonly referrals = new Map<number, number>();

  readonly streamRng: Rng[];
  readonly crisisRng: Rng;
  readonly decideRng: Rng[];
  readonly workRng: Rng[];
  readonly routingRng: Rng;
  readonly customerRng: Rng;

  constructor(readonly model: CompiledModel, seed: number) {
    const rng = (name: string) => new Rng(deriveSeed(seed, name));
    this.kernel = new Kernel(this, model.eventBudget);
    // Sized for the expected first contacts (plus follow-ups), so tables rarely need to grow.
    const expected = model.streams.reduce((sum, s) => sum + s.rate.meanPerMinute, 0) * model.horizon;
    this.messages = new MessageTable(Math.min(1.05 * expected + 1024, 1 << 24), maxMessages(model.memoryBudget));
    this.messages.onFull = () => stopForMemory(this);
    // Task rows are reused once their work is over: the table holds the work in progress (and
    // referral chains of open messages), not every task of the run.
    this.tasks = new TaskTable();
    this.tasks.mayGrowTo = (rows) => mayHoldTasks(this, rows);
    this.units = model.units.map((u) => new UnitState(u.headcount, u.share));
    // Streams are named, so adding a unit or a public never shifts another's random numbers,
    // and every organisation run on the same company and seed sees the same first contacts.
    this.streamRng = model.streams.map((s) => rng(`arrivals/${model.publics[s.public]!.id}/${model.channels[s.channel]!.id}`));
    this.crisisRng = rng('crisis');
    this.decideRng = model.units.map((u) => rng(`decide/${u.id}`));
    this.workRng = model.units.map((u) => rng(`work/${u.id}`));
    this.routingRng = rng('routing');
    this.customerRng = rng('customers');
    this.crisis = model.crisis ? new CrisisState(model.crisis) : null;
    this.series = new TimeSeries(model.units.length, model.horizon, model.sampleEvery);
  }

  /** Runs to the horizon (or the event budget) and checks conservation. */
  run(): this {
    this.start();
    while (!this.advance(Infinity));
    return this;
  }

  /**
   * Fires at most `maxEvents` events (so a caller can run in slices and report progress).
   * Returns true once the run is over; conservation is then checked.
   */
  advance(maxEvents: number): boolean {
    // Always a small integer for the kernel's loop: were it Infinity in one run (run()) and a
    // count in another (a worker's slices), V8 would deoptimise and recompile that loop in between.
    const reason = this.kernel.runUntil(this.model.horizon, Math.min(maxEvents, MAX_SLICE));
    if (reason === 'slice') return false;
    this.stopReason = this.outOfMemory ? 'memory' : reason;
    for (const u of this.units) u.advance(this.kernel.now);
    checkConservation(this);
    return true;
  }

  /**
   * Gives the message table's memory to the next simulation of this thread (see buffer-pool.ts).
   * Call once the run's records have been read: the table is empty afterwards.
   */
  recycle(): void {
    this.messages.recycle();
  }

  /** Schedules the first events. Call once, before `advance`. */
  start(): void {
    this.model.streams.forEach((s, i) => this.scheduleArrival(i, 0));
    scheduleTime(this);
  }

  /**
   * Called by the kernel for every event (the simulation is its receiver). Only the three events
   * every message goes through are here, so it stays small enough to inline.
   */
  handle(kind: number, a: number, b: number): void {
    if (kind === Ev.Arrival) this.onArrival(a);
    else if (kind === Ev.ServiceEnd) this.onServiceEnd(a);
    else if (kind === Ev.Transfer) this.deliver(a);
    else this.handleOther(kind, a, b);
  }

  private handleOther(kind: number, a: number, b: number): void {
    switch (kind) {
      case Ev.Abandon: return onPatienceEnd(this, a, b);
      case Ev.InboxCheck: return onInboxCheck(this, a);
      case Ev.Shift: return onShift(this, a);
      case Ev.Day: return onDay(this);
      case Ev.TaskDue: return onTaskDue(this, a);
      case Ev.FollowUp: return onFollowUp(this, a, b);
      case Ev.Sample: return onSample(this);
      case Ev.CrisisStart: return onCrisisStart(this, a);
      case Ev.CrisisEnd: return onCrisisEnd(this, a);
      case Ev.CrisisArrival: return onCrisisArrival(this, a, b);
      case Ev.WarmupEnd: return this.units.forEach((u) => u.resetIntegrals(this.kernel.now));
    }
  }

  // ── Arrivals ────────────────────────────────────────────────────────────────────────────────

  private scheduleArrival(stream: number, from: number): void {
    const t = this.model.streams[stream]!.rate.next(from, this.streamRng[stream]!);
    if (t <= this.model.horizon) this.kernel.scheduleAt(t, Ev.Arrival, stream);
  }

  private onArrival(stream: number): void {
    const { public: p, channel } = this.model.streams[stream]!;
    const rng = this.streamRng[stream]!;
    const pub = this.model.publics[p]!;
    const m = this.messages.add(p, channel, pickCumulative(rng, pub.intentCumulative), pickCumulative(rng, pub.topicCumulative), Origin.FirstContact, NONE);
    this.messages.arrival[m] = this.kernel.now;
    this.messages.organised[m] = rng.chance(pub.organisedShare) ? 1 : 0;
    this.admit(m, rng);
    this.scheduleArrival(stream, this.kernel.now);
  }

  /** A new message enters: its customer starts waiting and it goes to the channel's entry unit. */
  admit(m: number, rng: Rng): void {
    const { model, messages, kernel } = this;
    const c = messages.channel[m]!;
    const channel = model.channels[c]!;
    this.counts.arrived++;
    this.observer?.arrived(m, c, kernel.now);
    if (channel.patience !== null && model.intents[messages.intent[m]!]!.expectsAnswer === true) {
      const end = kernel.now + channel.patience(rng);
      if (end <= model.horizon) kernel.scheduleAt(end, Ev.Abandon, m, 0);
    }
    let u = model.entry[c]![messages.topic[m]!]!;
    if (channel.sharedSpace !== null && u !== NONE) u = claim(this, u, messages.topic[m]!, channel.sharedSpace, channel.workClass);
    if (u < 0) return this.finish(m, Outcome.Dropped, u === NONE ? DropReason.Unmonitored : DropReason.Unclaimed);
    messages.entryUnit[m] = u;
    const t = this.tasks.add(TaskKind.Handle, u, m, channel.workClass);
    messages.liveTask[m] = t;
    this.observer?.reached(m, u, kernel.now);
    // A call is answered from the queue; written messages wait for the next look at the inbox.
    if (model.units[u]!.checkEvery > 0 && channel.live === false) this.toInbox(t, u);
    else this.enqueue(t, u);
  }

  // ── Units: delivery, queues, service ───────────────────────────────────────────────────────

  /** A referral or a relayed answer reaches its unit after the transfer delay. */
  private deliver(t: number): void {
    const { model } = this;
    const task = this.tasks.rows[t]!;
    const u = task.unit;
    const m = task.message;
    if (this.messages.outcome[m] !== Outcome.Open) { task.state = TaskState.Cancelled; return; }
    this.observer?.reached(m, u, this.kernel.now);
    // Committed referrals are dealt with as they come; the rest waits for the next look.
    if (model.units[u]!.checkEvery > 0 && task.workClass !== WorkClass.Committed) this.toInbox(t, u);
    else this.enqueue(t, u);
  }

  /** Task t waits in the inbox of unit u until someone there looks. */
  private toInbox(t: number, u: number): void {
    const state = this.units[u]!;
    state.advance(this.kernel.now);
    state.inbox.push(t);
    state.inboxLive++;
    this.tasks.rows[t]!.state = TaskState.Inbox;
    scheduleCheck(this, u);
  }

  /** Task t joins the queue of its unit u, or starts at once. */
  enqueue(t: number, u: number): void {
    const state = this.units[u]!;
    // Nothing waiting and someone free: start at once (the common case at moderate load).
    if (state.waiting === 0 && state.onDuty === true && state.hasFreeServer()) {
      this.startService(t, u);
      return;
    }
    const task = this.tasks.rows[t]!;
    state.advance(this.kernel.now);
    state.queues[task.workClass]!.push(t);
    state.waiting++;
    task.state = TaskState.Queued;
    // Checked here so that the call is made only when it can start something.
    if (state.onDuty === true && state.hasFreeServer()) this.tryStart(u);
  }

  tryStart(u: number): void {
    const state = this.units[u]!;
    while (state.waiting > 0 && state.onDuty === true && state.hasFreeServer()) {
      const t = this.nextWaiting(state);
      state.advance(this.kernel.now);
      state.waiting--;
      this.startService(t, u);
    }
  }

  /** The oldest live task of the most urgent class (cancelled tasks are skipped and discarded). */
  private nextWaiting(state: UnitState): number {
    const queues = state.queues;
    for (let c = 0; c < queues.length; c++) {
      const queue = queues[c]!;
      while (queue.length > 0) {
        const t = queue.shift();
        if (this.tasks.rows[t]!.state === TaskState.Queued) return t;
      }
    }
    throw new Error('internal: a unit counted waiting work it did not have');
  }

  /** Starts task t on a free server of unit u (the caller made sure there is one). */
  private startService(t: number, u: number): void {
    const { messages, model, kernel } = this;
    const task = this.tasks.rows[t]!;
    const unit = model.units[u]!;
    const now = kernel.now;
    // Taken here rather than by the callers: the speed then never crosses a call as a boxed number.
    const speed = this.units[u]!.takeServer(now);
    let work: number;
    if (task.kind === TaskKind.Handle) {
      const m = task.message;
      const topic = messages.topic[m]!;
      if (model.channels[messages.channel[m]!]!.live === true && Number.isNaN(messages.firstResponse[m]!)) messages.firstResponse[m] = now;
      const rule = unit.referralRule[topic]!;
      if (unit.outOfScope[topic] !== 0) {
        task.action = Action.Drop;
        work = unit.triage(this.workRng[u]!);
      } else if (rule === NONE || this.decideRng[u]!.chance(unit.autonomy[topic]!)) {
        task.action = Action.Answer;
        work = unit.handling[topic]!(this.workRng[u]!) + unit.coordinationOverhead;
      } else {
        task.action = Action.Refer;
        work = unit.triage(this.workRng[u]!);
      }
    } else if (task.kind === TaskKind.Relay) {
      work = unit.relay(this.workRng[u]!);
    } else {
      // Internal work, or the answer of a second team to a message on a shared space (its topic).
      work = task.kind === TaskKind.Internal ? model.tasks[task.definition]!.effort(this.workRng[u]!) : unit.handling[task.definition]!(this.workRng[u]!);
    }
    task.state = TaskState.Service;
    task.speed = speed;
    task.work = work;
    kernel.scheduleAt(now + work / speed, Ev.ServiceEnd, t);
  }

  private onServiceEnd(t: number): void {
    const { tasks, messages } = this;
    const task = tasks.rows[t]!;
    const u = task.unit;
    const state = this.units[u]!;
    const speed = task.speed;
    state.releaseServer(this.kernel.now, speed < 1, speed); // only the part-time server is slower than 1
    state.workedMinutes += task.work;
    task.state = TaskState.Done;
    const m = task.message;
    const kind = task.kind;
    if (kind >= TaskKind.Internal) { if (kind === TaskKind.Internal) onInternalDone(this, t); else onDuplicateDone(this, t); }
    else if (messages.outcome[m] === Outcome.Open) {
      if (kind === TaskKind.Relay) onRelayDone(this, t, m);
      else this.onHandled(t, m, u);
    }
    // Nothing refers to the row any more unless it is a handling task a referral chain still needs
    // (its message open: it referred it), or one that was itself referred (kept for the chain).
    if (kind !== TaskKind.Handle || (task.parent === NONE && messages.outcome[m] !== Outcome.Open)) tasks.release(t);
    if (state.waiting > 0) this.tryStart(u);
  }

  // ── What a unit does with a message ─────────────────────────────────────────────────────────

  private onHandled(t: number, m: number, u: number): void {
    const { messages, model, tasks } = this;
    const task = tasks.rows[t]!;
    const unit = model.units[u]!;
    const now = this.kernel.now;
    // An answer, or a holding reply when the message is passed on; a dropped message gets neither.
    if (Number.isNaN(messages.firstResponse[m]!) && task.action !== Action.Drop) messages.firstResponse[m] = now;
    const insightFunction = model.intents[messages.intent[m]!]!.insightFunction;
    if (insightFunction !== NONE && !messages.insight[m]) {
      if (unit.function === insightFunction || this.decideRng[u]!.chance(unit.insightForwarding)) messages.insight[m] = 1;
    }
    switch (task.action) {
      case Action.Drop:
        return this.finish(m, Outcome.Dropped, DropReason.OutOfScope);
      case Action.Refer:
        return refer(this, t, m, u);
      default: {
        const topic = messages.topic[m]!;
        const decide = this.decideRng[u]!;
        messages.answeredBy[m] = u;
        messages.correct[m] = decide.chance(unit.correct[topic]!) ? 1 : 0;
        messages.consistent[m] = decide.chance(unit.inconsistency) ? 0 : 1;
        messages.competent[m] = unit.competent[topic]!;
        this.units[u]!.answered++;
        const rule = task.rule;
        if (rule === NONE) return this.post(m);
        const path = model.referrals[rule]!.answer;
        if (path === AnswerPath.Direct) return this.post(m);
        // Back to the entry unit in one hop, or back up the chain hop by hop.
        let back = task.parent;
        if (path === AnswerPath.ViaEntry) while (tasks.rows[back]!.parent !== NONE) back = tasks.rows[back]!.parent;
        return relayBack(this, back, m, rule);
      }
    }
  }

  /** The answer reaches the customer, who takes it (customer-events.ts). */
  post(m: number): void {
    this.messages.resolution[m] = this.kernel.now;
    this.finish(m, Outcome.Answered, DropReason.None);
    onAnswerReceived(this, m);
  }

  /** Ends a message; ending one twice is a conservation error. */
  finish(m: number, outcome: Outcome, reason: DropReason): void {
    const messages = this.messages;
    if (messages.outcome[m] !== Outcome.Open) throw new Error(`conservation: message ${m} ended twice`);
    messages.outcome[m] = outcome;
    messages.dropReason[m] = reason;
    messages.liveTask[m] = NONE;
    this.observer?.ended(m, outcome, this.kernel.now);
    if (outcome === Outcome.Answered) this.counts.answered++;
    else if (outcome === Outcome.Dropped) this.counts.dropped++;
    else this.counts.abandoned++;
  }
}
