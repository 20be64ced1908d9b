/**
 * The path of a sample of messages through the organisation, for the org diagram's replay:
 * where each one was and when. A simulation calls the recorder only when one is attached, so
 * ordinary runs pay one null check per step.
 *
 * Owns: which messages are sampled (every `stride`-th, by number) and the replay's plain data.
 */
import { Outcome } from './records';

/** A sampled message: channel and arrival, then every unit it reached, then how it ended. */
export interface TracedMessage {
  channel: number;
  arrival: number;
  /** Triples (left the previous place, reached the unit, unit index), in order. */
  steps: number[];
  /** Minute it ended, or null if still open at the horizon. */
  end: number | null;
  outcome: Outcome;
}

/** What a simulation tells its observer, at the minute it happens. */
export interface MessageObserver {
  arrived(m: number, channel: number, now: number): void;
  /** The message leaves its unit (referred, or its answer passed back); it reaches the next later. */
  left(m: number, now: number): void;
  reached(m: number, unit: number, now: number): void;
  ended(m: number, outcome: Outcome, now: number): void;
}

/**
 * Records every `stride`-th message that arrives before `until` and keeps those still in the
 * organisation at `from` or arriving after it: the backlog at the start of the window shows too.
 */
export class TraceRecorder implements MessageObserver {
  private readonly open = new Map<number, TracedMessage>();
  private readonly traced: TracedMessage[] = [];
  private readonly departures = new Map<number, number>();

  constructor(readonly from: number, readonly until: number, readonly stride: number) {}

  arrived(m: number, channel: number, now: number): void {
    if (m % this.stride !== 0 || now >= this.until) return;
    const message: TracedMessage = { channel, arrival: now, steps: [], end: null, outcome: Outcome.Open };
    this.open.set(m, message);
    this.traced.push(message);
    this.departures.set(m, now);
  }

  left(m: number, now: number): void {
    if (this.open.has(m)) this.departures.set(m, now);
  }

  reached(m: number, unit: number, now: number): void {
    const message = this.open.get(m);
    if (message) message.steps.push(this.departures.get(m) ?? now, now, unit);
  }

  ended(m: number, outcome: Outcome, now: number): void {
    const message = this.open.get(m);
    if (!message) return;
    message.end = now;
    message.outcome = outcome;
    this.open.delete(m);
    this.departures.delete(m);
  }

  /** The messages that show in the window, in order of arrival. */
  messages(): TracedMessage[] {
    return this.traced.filter((m) => m.end === null || m.end >= this.from);
  }
}
