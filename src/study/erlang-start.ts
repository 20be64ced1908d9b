/**
 * Where the sizing search starts: a queueing-theory estimate per staffing group from one pilot run.
 *
 * The pilot measures each group's offered load (people's worth of work: hours worked over the
 * hours one person is on duty) and its mean work per answer. A group customers reach first is
 * given the least number of people for which Erlang C promises the target share answered within
 * the target time (as a contact centre would staff it); a group behind it, enough people to keep
 * its utilisation under 85%. The search then corrects the estimate both ways, so the estimate
 * only saves work: it never decides the answer. Pure.
 */
import type { Scenario } from '../scenario/load';
import type { RepValues } from './evaluate';
import { estimateOf } from './evaluate';
import type { StaffGroup, Staffing } from './staffing';

const BACK_UTILISATION = 0.85;
const MAX_SERVERS = 100_000;

/** Erlang C service level: share of arrivals answered within `t` for c servers, load a, mean handling h. */
export function erlangServiceLevel(c: number, a: number, t: number, h: number): number {
  if (a <= 0) return 1;
  if (c <= a) return 0;
  // Erlang B by recurrence (stable for large c), then C from B.
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  const pWait = (c * b) / (c - a * (1 - b));
  return 1 - pWait * Math.exp((-(c - a) * t) / h);
}

/** Least whole c with Erlang C service level ≥ level. */
export function erlangStaffing(a: number, t: number, h: number, level: number): number {
  let c = Math.max(1, Math.floor(a) + 1);
  while (c < MAX_SERVERS && erlangServiceLevel(c, a, t, h) < level) c++;
  return c;
}

/** Unit ids customers reach first on some channel, with the shortest time expected there. */
export function entryTimes(scenario: Scenario): Map<string, number> {
  const times = new Map<string, number>();
  const entry = scenario.organisation.routing.entry;
  for (const ch of scenario.company.channels) {
    const target = Object.hasOwn(entry, ch.id) ? entry[ch.id] : Object.hasOwn(entry, ch.kind) ? entry[ch.kind] : null;
    const units = typeof target === 'string' ? [target] : target ? [...Object.values(target.topics), ...Object.values(target.functions), target.otherwise] : [];
    for (const u of units) if (u) times.set(u, Math.min(times.get(u) ?? Infinity, ch.expectedResponseMinutes));
  }
  return times;
}

const roundUpTo = (x: number, step: number) => Math.max(step, Math.ceil(x / step - 1e-9) * step);

export function erlangStart(scenario: Scenario, groups: readonly StaffGroup[], pilot: readonly RepValues[], level: number): Staffing {
  const entries = entryTimes(scenario);
  const mean = (key: string) => { const e = estimateOf(pilot, key); return Number.isFinite(e.mean) ? e.mean : 0; };
  const start: Staffing = {};
  for (const g of groups) {
    let load = 0, worked = 0, answered = 0;
    for (const id of g.units) {
      const staffHours = mean(`unit.${id}.staffHours`);
      const w = mean(`unit.${id}.workedHours`);
      const share = g.people > 0 ? staffHours / g.people : 0; // hours one person of the group is on duty
      if (share > 0) load += w / share;
      worked += w;
      answered += mean(`unit.${id}.answered`);
    }
    const t = Math.min(...g.units.map((id) => entries.get(id) ?? Infinity));
    const h = answered > 0 ? (worked * 60) / answered : 0;
    const people = Number.isFinite(t) && h > 0 ? erlangStaffing(load, t, h, level) : load / BACK_UTILISATION;
    start[g.id] = roundUpTo(people, g.step);
  }
  return start;
}
