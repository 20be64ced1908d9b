/**
 * Weekly calendars and weekly arrival rates, in minutes from Monday 00:00.
 *
 * Owns: opening-hour arithmetic (is it open, when does it next open or close, how many open minutes
 * in a span) and exact non-homogeneous Poisson arrivals over a piecewise-constant weekly rate.
 * Never imports anything but the random stream.
 */
import type { Rng } from './random';

export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_DAY = 1_440;
export const MINUTES_PER_WEEK = 10_080;

/** Opening hours as sorted, merged [start, end) intervals within one week. */
export class WeeklyCalendar {
  readonly intervals: ReadonlyArray<readonly [number, number]>;
  readonly openMinutesPerWeek: number;
  readonly alwaysOpen: boolean;

  constructor(intervals: ReadonlyArray<readonly [number, number]>) {
    const sorted = intervals
      .flatMap(([s, e]): Array<[number, number]> => (e > MINUTES_PER_WEEK ? [[s, MINUTES_PER_WEEK], [0, e - MINUTES_PER_WEEK]] : [[s, e]]))
      .filter(([s, e]) => e > s)
      .sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [s, e] of sorted) {
      const last = merged[merged.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    this.intervals = merged;
    this.openMinutesPerWeek = merged.reduce((sum, [s, e]) => sum + e - s, 0);
    this.alwaysOpen = this.openMinutesPerWeek >= MINUTES_PER_WEEK;
  }

  static always(): WeeklyCalendar {
    return new WeeklyCalendar([[0, MINUTES_PER_WEEK]]);
  }

  isOpen(t: number): boolean {
    if (this.alwaysOpen) return true;
    const w = mod(t, MINUTES_PER_WEEK);
    for (const [s, e] of this.intervals) if (w >= s && w < e) return true;
    return false;
  }

  /** Earliest time ≥ t at which it is open (t itself when open); Infinity if never open. */
  nextOpen(t: number): number {
    if (this.alwaysOpen) return t;
    if (this.intervals.length === 0) return Infinity;
    const weekStart = t - mod(t, MINUTES_PER_WEEK);
    const w = t - weekStart;
    for (const [s, e] of this.intervals) {
      if (w < e) return w >= s ? t : weekStart + s;
    }
    return weekStart + MINUTES_PER_WEEK + this.intervals[0]![0];
  }

  /** Earliest time > t at which it closes, given it is open at t; Infinity if always open. */
  nextClose(t: number): number {
    if (this.alwaysOpen || this.intervals.length === 0) return Infinity;
    const weekStart = t - mod(t, MINUTES_PER_WEEK);
    const w = t - weekStart;
    for (let i = 0; i < this.intervals.length; i++) {
      const [s, e] = this.intervals[i]!;
      if (w >= s && w < e) {
        // An interval ending at the week's end continues into the next week's first interval at 0.
        const first = this.intervals[0]!;
        if (e === MINUTES_PER_WEEK && first[0] === 0) return weekStart + MINUTES_PER_WEEK + first[1];
        return weekStart + e;
      }
    }
    return t;
  }

  /** Open minutes in [from, to). */
  openMinutesBetween(from: number, to: number): number {
    if (to <= from) return 0;
    if (this.alwaysOpen) return to - from;
    const cumulative = (t: number) => {
      const weeks = Math.floor(t / MINUTES_PER_WEEK);
      const w = t - weeks * MINUTES_PER_WEEK;
      let inWeek = 0;
      for (const [s, e] of this.intervals) if (w > s) inWeek += Math.min(w, e) - s;
      return weeks * this.openMinutesPerWeek + inWeek;
    };
    return cumulative(to) - cumulative(from);
  }
}

function mod(t: number, m: number): number {
  const r = t % m;
  return r < 0 ? r + m : r;
}

export const HOURS_PER_WEEK = 168;

/**
 * A rate per minute for each of the 168 hours of the week. Arrivals are drawn exactly by inverting
 * the cumulative rate (one exponential draw per arrival), so no thinning is needed.
 */
export class WeeklyRate {
  readonly perMinute: Float64Array;
  readonly meanPerMinute: number;
  /** True when every hour has the same rate: arrivals are then plain exponential gaps. */
  private readonly constant: boolean;

  constructor(perMinute: Float64Array) {
    if (perMinute.length !== HOURS_PER_WEEK) throw new Error('a weekly rate needs 168 hourly values');
    // A NaN rate would make `next` walk the week forever: refuse it here, loudly.
    if (perMinute.some((r) => !(r >= 0 && r < Infinity))) throw new Error('a weekly rate must be finite and not negative');
    this.perMinute = perMinute;
    this.meanPerMinute = perMinute.reduce((s, x) => s + x, 0) / HOURS_PER_WEEK;
    this.constant = perMinute.every((r) => r === perMinute[0]);
  }

  /** Time of the next arrival after t at `scale` times this rate, or Infinity if the rate is zero. */
  next(t: number, rng: Rng, scale = 1): number {
    if (this.meanPerMinute <= 0 || scale <= 0) return Infinity;
    const remaining = -Math.log(rng.nextOpen()) / scale; // exponential of the cumulative rate to spend
    if (this.constant === true) return t + remaining / this.meanPerMinute;
    return this.spend(t, remaining);
  }

  /**
   * The time in [from, to) by which a share u (0 to 1) of this rate's total over that interval has
   * passed: u uniform gives a time spread as the rate is. `from` when the rate is zero throughout.
   */
  quantile(from: number, to: number, u: number): number {
    let total = 0;
    for (let t = from; t < to; t = this.hourEndWithin(t, to)) total += this.rateAt(t) * (this.hourEndWithin(t, to) - t);
    if (!(total > 0)) return from;
    let remaining = u * total;
    for (let t = from; t < to; t = this.hourEndWithin(t, to)) {
      const rate = this.rateAt(t);
      const available = rate * (this.hourEndWithin(t, to) - t);
      if (rate > 0 && available >= remaining) return t + remaining / rate;
      remaining -= available;
    }
    return to;
  }

  private rateAt(t: number): number {
    return this.perMinute[Math.floor(mod(t, MINUTES_PER_WEEK) / MINUTES_PER_HOUR)]!;
  }

  private hourEndWithin(t: number, to: number): number {
    return Math.min(to, t - mod(t, MINUTES_PER_HOUR) + MINUTES_PER_HOUR);
  }

  /** Walks the week from t until `remaining` of the cumulative rate is spent (kept out of `next`, which stays small enough to inline). */
  private spend(t: number, remaining: number): number {
    const rates = this.perMinute;
    // Whole weeks first, so a tiny rate does not walk hour by hour for years.
    const perWeek = this.meanPerMinute * MINUTES_PER_WEEK;
    if (remaining > perWeek) {
      const weeks = Math.floor(remaining / perWeek);
      remaining -= weeks * perWeek;
      t += weeks * MINUTES_PER_WEEK;
    }
    for (;;) {
      const hour = Math.floor(mod(t, MINUTES_PER_WEEK) / MINUTES_PER_HOUR);
      const hourEnd = t - mod(t, MINUTES_PER_HOUR) + MINUTES_PER_HOUR;
      const rate = rates[hour]!;
      const available = rate * (hourEnd - t);
      if (rate > 0 && available >= remaining) return t + remaining / rate;
      remaining -= available;
      t = hourEnd;
    }
  }
}
