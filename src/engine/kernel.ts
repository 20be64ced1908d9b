/**
 * The discrete-event kernel: a clock, an event list and four verbs (schedule, step, runUntil, stop).
 *
 * Owns: simulated time (minutes) and the event budget that guarantees every run terminates.
 * Knows nothing of messages or organisations: a model gives it a handler that receives
 * (kind, a, b) for each event. Wall-clock pacing lives outside (the worker runs it in slices).
 */
import { EventQueue } from './event-queue';

/** Receives each fired event; `kind` and the two integer arguments are the model's own. */
export type EventHandler = (kind: number, a: number, b: number) => void;

/** Why a call to `runUntil` returned. */
export type StopReason = 'horizon' | 'empty' | 'budget';

export class Kernel {
  now = 0;
  eventsFired = 0;
  private readonly queue = new EventQueue();

  constructor(
    private readonly handler: EventHandler,
    /** Most events a run may fire before it is stopped as runaway. */
    readonly eventBudget = 50_000_000,
  ) {}

  /**
   * Schedules an event `delay` minutes from now (delay ≥ 0). Among events at the same time, lower
   * priorities fire first (0 is for structural changes such as shifts), then first scheduled first.
   */
  schedule(delay: number, kind: number, a = 0, b = 0, priority = 1): void {
    this.queue.push(this.now + delay, priority, kind, a, b);
  }

  /** Schedules an event at an absolute time, never earlier than now. */
  scheduleAt(time: number, kind: number, a = 0, b = 0, priority = 1): void {
    this.queue.push(time < this.now ? this.now : time, priority, kind, a, b);
  }

  get pending(): number {
    return this.queue.size;
  }

  peekTime(): number {
    return this.queue.peekTime();
  }

  /** Fires the next event. Returns false when there is none. */
  step(): boolean {
    const q = this.queue;
    if (!q.pop()) return false;
    this.now = q.time;
    this.eventsFired++;
    this.handler(q.kind, q.a, q.b);
    return true;
  }

  /**
   * Fires events with time ≤ `until`, at most `maxEvents` of them in this call (so a caller can
   * run in slices), and never beyond the event budget. The clock ends at `until` when reached.
   */
  runUntil(until: number, maxEvents = Infinity): StopReason | 'slice' {
    const q = this.queue;
    const handler = this.handler;
    const budgetLeft = this.eventBudget - this.eventsFired;
    const limit = Math.min(maxEvents, budgetLeft);
    let fired = 0;
    let reason: StopReason | 'slice' = budgetLeft <= maxEvents ? 'budget' : 'slice';
    while (fired < limit) {
      if (q.size === 0) {
        if (until !== Infinity) this.now = Math.max(this.now, until);
        reason = 'empty';
        break;
      }
      if (q.peekTime() > until) {
        this.now = until;
        reason = 'horizon';
        break;
      }
      q.pop();
      this.now = q.time;
      fired++;
      handler(q.kind, q.a, q.b);
    }
    this.eventsFired += fired;
    return reason;
  }

  reset(): void {
    this.queue.clear();
    this.now = 0;
    this.eventsFired = 0;
  }
}
