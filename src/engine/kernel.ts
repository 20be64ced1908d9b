/**
 * The discrete-event kernel: a clock, an event list and four verbs (schedule, take, step, runUntil).
 *
 * Owns: simulated time (minutes) and the event budget that guarantees every run terminates.
 * Knows nothing of messages or organisations: a model gives it a receiver (or a handler) that gets
 * (kind, a, b) for each event. Wall-clock pacing lives outside (the worker runs it in slices).
 */
import { EventQueue } from './event-queue';

/** Receives each fired event; `kind` and the two integer arguments are the model's own. */
export type EventHandler = (kind: number, a: number, b: number) => void;

/**
 * What a model gives the kernel: an object whose `handle` method receives each event. A method of
 * the model's class rather than a closure per run, so the kernel's loop calls the same function
 * in every replication and V8 inlines it once, without embedding one run's model in the code.
 */
export interface EventReceiver {
  handle(kind: number, a: number, b: number): void;
}

/** Why a call to `runUntil` returned. */
export type StopReason = 'horizon' | 'empty' | 'budget';

export class Kernel {
  now = 0;
  eventsFired = 0;
  /** Why the last `take()` returned false. */
  stopped: StopReason = 'empty';
  private readonly queue = new EventQueue();

  private readonly target: EventReceiver;

  constructor(
    handler: EventHandler | EventReceiver,
    /** Most events a run may fire before it is stopped as runaway (lowered by `halt`). */
    public eventBudget = 50_000_000,
  ) {
    this.target = typeof handler === 'function' ? { handle: handler } : handler;
  }

  /**
   * Schedules an event `delay` minutes from now (delay ≥ 0). Among events at the same time, lower
   * priorities fire first (0 is for structural changes such as shifts), then first scheduled first.
   * Kinds and priorities are small whole numbers: 0 ≤ kind < 2^16, 0 ≤ priority < 2^16.
   */
  schedule(delay: number, kind: number, a = 0, b = 0, priority = 1): void {
    const q = this.queue;
    q.moving = this.now + delay;
    q.insert(priority, kind, a, b);
  }

  /** Schedules an event at an absolute time, never earlier than now. */
  scheduleAt(time: number, kind: number, a = 0, b = 0, priority = 1): void {
    const q = this.queue;
    q.moving = time < this.now ? this.now : time;
    q.insert(priority, kind, a, b);
  }

  /** The event taken by the last `take()`: its kind and two arguments. */
  get kind(): number {
    return this.queue.kind;
  }

  get a(): number {
    return this.queue.a;
  }

  get b(): number {
    return this.queue.b;
  }

  get pending(): number {
    return this.queue.size;
  }

  peekTime(): number {
    return this.queue.peekTime();
  }

  /** Fires the next event. Returns false when there is none. */
  step(): boolean {
    if (!this.take(Infinity)) return false;
    this.target.handle(this.kind, this.a, this.b);
    return true;
  }

  /**
   * Takes the next event due by `until` into `kind`, `a` and `b` and moves the clock to it, without
   * firing it (step and runUntil then call the handler). Returns false, with the reason in `stopped`, when the budget is spent, no event is left or the
   * next one is after `until` (the clock then ends at `until`).
   */
  take(until: number): boolean {
    const q = this.queue;
    if (this.eventsFired < this.eventBudget && q.pop(until)) {
      this.now = q.time;
      this.eventsFired++;
      return true;
    }
    if (this.eventsFired >= this.eventBudget) this.stopped = 'budget';
    else if (q.size === 0) {
      if (until !== Infinity && until > this.now) this.now = until;
      this.stopped = 'empty';
    } else {
      this.now = until;
      this.stopped = 'horizon';
    }
    return false;
  }

  /**
   * Fires events with time ≤ `until`, at most `maxEvents` of them in this call (so a caller can
   * run in slices), and never beyond the event budget. The clock ends at `until` when reached.
   */
  runUntil(until: number, maxEvents = Infinity): StopReason | 'slice' {
    for (let fired = 0; fired < maxEvents; fired++) {
      if (!this.take(until)) return this.stopped;
      this.target.handle(this.kind, this.a, this.b);
    }
    return this.eventsFired >= this.eventBudget ? 'budget' : 'slice';
  }

  /**
   * Stops the run before its next event, as a spent budget does (the model found it cannot go on,
   * say out of memory): the event in progress finishes, then `take` returns false.
   */
  halt(): void {
    this.eventBudget = this.eventsFired;
  }

  reset(): void {
    this.queue.clear();
    this.now = 0;
    this.eventsFired = 0;
  }
}
