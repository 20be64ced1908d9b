/**
 * Turns the hours and profiles written in scenario files into engine calendars and weekly rates.
 *
 * Owns: the named calendars ("office", "24/7"…) and named arrival profiles ("social"…).
 * The profile shapes are assumptions documented in docs/calibration.md.
 */
import { HOURS_PER_WEEK, MINUTES_PER_DAY, WeeklyCalendar } from '../engine/calendar';
import type { Hours, Profile } from '../scenario/schema-common';

const DAY_INDEX: Record<string, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

type Span = { days: string; from: string; to: string };

/** What each named calendar means (shown as words by the company panel). */
export const NAMED_CALENDARS: Record<Exclude<Hours, Span[]>, Span[]> = {
  '24/7': [{ days: 'mon-sun', from: '00:00', to: '24:00' }],
  office: [{ days: 'mon-fri', from: '09:00', to: '18:00' }],
  extended: [{ days: 'mon-sat', from: '08:00', to: '20:00' }],
  'weekdays-24h': [{ days: 'mon-fri', from: '00:00', to: '24:00' }],
  never: [],
};

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Expands "mon-fri,sun" into day indices. */
export function expandDays(days: string): number[] {
  const out: number[] = [];
  for (const part of days.split(',')) {
    const [a, b] = part.split('-') as [string, string | undefined];
    const start = DAY_INDEX[a]!;
    const end = b === undefined ? start : DAY_INDEX[b]!;
    for (let d = start; ; d = (d + 1) % 7) {
      out.push(d);
      if (d === end) break;
    }
  }
  return out;
}

export function compileHours(hours: Hours): WeeklyCalendar {
  const spans = typeof hours === 'string' ? NAMED_CALENDARS[hours] : hours;
  const intervals: Array<[number, number]> = [];
  for (const span of spans) {
    const from = minutesOf(span.from);
    let to = minutesOf(span.to);
    if (to <= from) to += MINUTES_PER_DAY; // overnight: closes the next day
    for (const d of expandDays(span.days)) intervals.push([d * MINUTES_PER_DAY + from, d * MINUTES_PER_DAY + to]);
  }
  return new WeeklyCalendar(intervals);
}

// Relative intensity by hour (00h..23h) and by day (Mon..Sun). Assumptions, see docs/calibration.md.
const HOURLY_OFFICE = [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 1.6, 2.2, 2.4, 2.2, 1.6, 1.8, 2.2, 2.2, 2.0, 1.6, 1.0, 0.6, 0.4, 0.3, 0.2, 0.15];
const HOURLY_SOCIAL = [0.5, 0.3, 0.2, 0.15, 0.15, 0.2, 0.4, 0.7, 1.0, 1.2, 1.3, 1.3, 1.4, 1.4, 1.3, 1.3, 1.3, 1.4, 1.5, 1.6, 1.7, 1.6, 1.3, 0.9];
const HOURLY_EVENING = [0.6, 0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 0.6, 0.7, 0.8, 0.9, 1.0, 1.0, 0.9, 0.9, 1.0, 1.2, 1.6, 2.0, 2.3, 2.3, 1.8, 1.2];
const FLAT_24 = new Array<number>(24).fill(1);
const DAILY_OFFICE = [1.15, 1.1, 1.05, 1.05, 1.0, 0.4, 0.25];
const DAILY_SOCIAL = [1.05, 1.0, 1.0, 1.0, 1.0, 0.95, 1.0];
const FLAT_7 = new Array<number>(7).fill(1);

const NAMED_PROFILES: Record<Exclude<Profile, object>, { hourly: number[]; daily: number[] }> = {
  flat: { hourly: FLAT_24, daily: FLAT_7 },
  office: { hourly: HOURLY_OFFICE, daily: DAILY_OFFICE },
  social: { hourly: HOURLY_SOCIAL, daily: DAILY_SOCIAL },
  evening: { hourly: HOURLY_EVENING, daily: DAILY_SOCIAL },
};

/**
 * Weight of each of the 168 hours of the week, with mean 1 over the hours the calendar is open
 * and 0 elsewhere, so the weekly volume is kept when a channel is closed part of the time.
 */
export function compileProfile(profile: Profile, open: WeeklyCalendar): Float64Array {
  const { hourly, daily } = typeof profile === 'string' ? NAMED_PROFILES[profile] : profile;
  const weights = new Float64Array(HOURS_PER_WEEK);
  let total = 0;
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const openShare = open.openMinutesBetween(h * 60, h * 60 + 60) / 60;
    const w = hourly[h % 24]! * daily[Math.floor(h / 24)]! * openShare;
    weights[h] = w;
    total += w;
  }
  if (total <= 0) {
    // The profile puts no weight on open hours: spread evenly over the open hours instead.
    for (let h = 0; h < HOURS_PER_WEEK; h++) total += weights[h] = open.openMinutesBetween(h * 60, h * 60 + 60) / 60;
  }
  const scale = total > 0 ? HOURS_PER_WEEK / total : 0;
  for (let h = 0; h < HOURS_PER_WEEK; h++) weights[h]! *= scale;
  return weights;
}
