/**
 * Visibility of unanswered public complaints and the bad-buzz episodes it triggers.
 *
 * Owns: the visibility level (with exponential decay) and the list of active episodes. The
 * simulation asks it for the current volume multiplier and tells it when visibility grows.
 */
import type { CompiledCrisis } from './compiled';

export class CrisisState {
  visibility = 0;
  private lastUpdate = 0;
  /** Episodes now active: token → multiplier. */
  private readonly active = new Map<number, number>();
  private nextToken = 0;
  selfActive = false;
  /** Bumped whenever the multiplier changes, so pending crisis arrivals can be recognised as stale. */
  generation = 0;

  constructor(readonly config: CompiledCrisis) {}

  /** Visibility decayed to `now`. */
  level(now: number): number {
    if (now > this.lastUpdate) {
      this.visibility *= Math.exp(-(now - this.lastUpdate) / this.config.decayMinutes);
      this.lastUpdate = now;
    }
    return this.visibility;
  }

  /** Adds visibility; returns true when a self-triggered episode should start. */
  add(now: number, weight: number): boolean {
    this.visibility = this.level(now) + weight;
    return this.config.selfTriggered && !this.selfActive && this.visibility >= this.config.threshold;
  }

  /** Starts an episode; returns its token. */
  start(multiplier: number, self: boolean): number {
    const token = this.nextToken++;
    this.active.set(token, self ? -multiplier : multiplier); // sign marks self-triggered
    if (self) {
      this.selfActive = true;
      this.visibility = 0;
    }
    this.generation++;
    return token;
  }

  end(token: number): void {
    const m = this.active.get(token);
    if (m === undefined) return;
    if (m < 0) this.selfActive = false;
    this.active.delete(token);
    this.generation++;
  }

  /** Current inbound multiplier (1 when calm): the strongest active episode. */
  multiplier(): number {
    let m = 1;
    for (const v of this.active.values()) m = Math.max(m, Math.abs(v));
    return m;
  }
}
