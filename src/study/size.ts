/**
 * Equal service: the least-cost staffing of one organisation that meets the service targets with
 * 95% confidence, over its staffing groups.
 *
 * Method (the contact-centre practice: a queueing estimate refined by simulation):
 *  1. a pilot at the written staffing measures each group's load; Erlang C gives a start;
 *  2. if the start misses, the organisation is first tried at four times the start: still missing,
 *     it cannot reach the target (an unmonitored channel, a closed desk…) and says why;
 *  3. greedy marginal allocation: add to the group whose step buys the most shortfall per euro,
 *     every candidate run on the same seeds (common random numbers), until the target is met;
 *  4. the organisation as written, every group scaled by one factor (found by bisection), is a
 *     second candidate: greedy steps can leave people in the wrong groups, which trimming one
 *     group at a time cannot undo, so the cheaper of the two is trimmed;
 *  5. trimming: remove people from the dearest groups first, in halving steps down to one, as long
 *     as the target is still met with confidence.
 * "Met" means every target's 95% interval lies above its level; a straddling interval earns more
 * replications, and a staffing is never accepted on a few lucky replications. The result is a
 * local minimum: no single step can be removed from any group.
 */
import type { Estimate } from '../metrics/aggregate';
import { HEADLINES } from '../metrics/catalogue';
import type { Scenario } from '../scenario/load';
import { judge, RunCache, shortfall, estimateOf, type Check, type Evaluator, type Replicating, type RepValues } from './evaluate';
import { erlangStart } from './erlang-start';
import { applyStaffing, scheduledCost, staffGroups, writtenStaffing, type StaffGroup, type Staffing } from './staffing';

export const CEILING_FACTOR = 4;
const MAX_ADD_STEPS = 200;
/** Bisection steps on the common factor: its interval ends within 1/32 of the answer. */
const PROPORTION_STEPS = 5;

/** Figures reported at every staffing a study settles on. */
export const REPORTED_KEYS = [...new Set([...HEADLINES.map((h) => h.key), 'cost.fte', 'cost.perMonth', 'cost.staffPerMonth', 'messages.dropped.unmonitored', 'messages.arrived'])];

export interface GroupStaffing {
  id: string;
  people: number;
  /** Full-time equivalents (35 h a week) and money per month of the group's scheduled hours. */
  fte: number;
  costPerMonth: number;
  units: { id: string; headcount: number }[];
}

export interface Sized {
  organisation: string;
  reachable: boolean;
  /** Why the target cannot be met (when not reachable). */
  reason?: string;
  /** The estimate the search started from, and the answer. */
  start: Staffing;
  staffing: Staffing;
  groups: GroupStaffing[];
  /** Figures at the answer (or at the ceiling tried, when unreachable). */
  metrics: Record<string, Estimate>;
  /** Whether the last rejected step was too close to call even with the most replications. */
  borderline: boolean;
  /** Every staffing tried: its staff cost per month and the first target's figure (the cost–service frontier). */
  tried: Tried[];
  /** Replications of the answer, variants tried and replications simulated in all. */
  replications: number;
  variants: number;
  simulated: number;
}

export interface Tried {
  costPerMonth: number;
  service: number;
  /** Judged with confidence; absent for a candidate only screened on the first replications. */
  meets?: boolean;
}

export interface Progress {
  organisation: string;
  phase: 'pilot' | 'start' | 'ceiling' | 'adding' | 'trimming' | 'done';
  staffing: Staffing;
  cost: number;
}

export interface SizingOptions {
  checks: readonly Check[];
  replicating: Replicating;
  evaluator: Evaluator;
  onProgress?: (p: Progress) => void;
  /** Asked between steps: true stops the search (the best staffing so far is kept). */
  cancelled?: () => boolean;
}

export const staffingKey = (s: Staffing) => Object.keys(s).sort().map((k) => `${k}=${s[k]!.toFixed(3)}`).join(';');

export function describeGroups(base: Scenario, groups: readonly StaffGroup[], staffing: Staffing): GroupStaffing[] {
  const staffed = applyStaffing(base, staffing);
  return groups.map((g) => {
    const one = scheduledCost([g], staffing);
    return {
      id: g.id,
      people: round(staffing[g.id] ?? g.people),
      fte: round(one.fte),
      costPerMonth: Math.round(one.costPerMonth),
      units: g.units.map((id) => ({ id, headcount: round(staffed.organisation.units.find((u) => u.id === id)!.headcount) })),
    };
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function reportedMetrics(runs: readonly RepValues[], extra: readonly string[] = []): Record<string, Estimate> {
  const out: Record<string, Estimate> = {};
  for (const key of [...REPORTED_KEYS, ...extra]) {
    const e = estimateOf(runs, key);
    if (e.n > 0) out[key] = e;
  }
  return out;
}

/** Why an organisation misses at its ceiling: the figures that cap its service, largest first. */
function whyUnreachable(runs: readonly RepValues[], checks: readonly Check[]): string {
  const m = (k: string) => estimateOf(runs, k).mean;
  const arrived = m('messages.arrived');
  const parts: string[] = checks.map((c) => `${c.key} reaches only ${(m(c.key) * 100).toFixed(1)}% (target ${(c.level * 100).toFixed(0)}%) with ${CEILING_FACTOR}× the people`);
  const lost: [string, number][] = [
    ['go to a channel nobody watches (unmonitored)', m('messages.dropped.unmonitored')],
    ['are out of every unit\'s scope', m('messages.dropped.outOfScope')],
    ['are referrals forgotten by the back office', m('messages.dropped.forgotten')],
  ];
  for (const [what, n] of lost) if (n / arrived > 0.005) parts.push(`${((n / arrived) * 100).toFixed(1)}% of messages ${what}`);
  if (parts.length === checks.length) parts.push('more people do not help: look at opening hours (messages that arrive when every desk is closed) and at the routes');
  return parts.join('; ');
}

export async function sizeOrganisation(base: Scenario, options: SizingOptions): Promise<Sized> {
  const { checks, replicating: reps, evaluator } = options;
  const groups = staffGroups(base);
  const cache = new RunCache(evaluator);
  const keyOf = (s: Staffing) => `${base.organisation.id}|${staffingKey(s)}`;
  const scenarioOf = (s: Staffing) => () => applyStaffing(base, s);
  const cost = (s: Staffing) => scheduledCost(groups, s).costPerMonth;
  const report = (phase: Progress['phase'], s: Staffing) => options.onProgress?.({ organisation: base.organisation.id, phase, staffing: s, cost: cost(s) });
  const test = (s: Staffing) => judge(cache, keyOf(s), scenarioOf(s), checks, reps);
  let variants = 0;
  const tried: Tried[] = [];
  const note = (runs: RepValues[], meets?: boolean) => {
    tried.push({ costPerMonth: Math.round(estimateOf(runs, 'cost.staffPerMonth').mean), service: round(estimateOf(runs, checks[0]!.key).mean), ...(meets === undefined ? {} : { meets }) });
  };
  const counted = async (s: Staffing) => { variants++; const v = await test(s); note(v.runs, v.meets); return v; };

  const written = writtenStaffing(groups);
  const pilot = await cache.get(keyOf(written), scenarioOf(written), reps.min);
  report('pilot', written);
  let current = erlangStart(base, groups, pilot, Math.max(...checks.map((c) => c.level)));
  report('start', current);
  let verdict = await counted(current);
  let borderline = verdict.borderline;

  if (!verdict.meets) {
    const ceiling = Object.fromEntries(groups.map((g) => [g.id, Math.max(current[g.id]! * CEILING_FACTOR, current[g.id]! + 4 * g.step)]));
    report('ceiling', ceiling);
    const top = await counted(ceiling);
    if (!top.meets) {
      return finish(false, ceiling, top.runs, whyUnreachable(top.runs, checks));
    }
    // Greedy marginal allocation from the start, with common random numbers.
    for (let i = 0; i < MAX_ADD_STEPS && !verdict.meets; i++) {
      if (options.cancelled?.()) break;
      const here = shortfall(verdict.runs.slice(0, reps.min), checks);
      let best: { s: Staffing; gain: number } | undefined;
      for (const g of groups) {
        const s = { ...current, [g.id]: round(current[g.id]! + g.step * Math.max(1, Math.floor((0.1 * current[g.id]!) / g.step))) };
        const runs = await cache.get(keyOf(s), scenarioOf(s), reps.min);
        variants++;
        note(runs);
        const gain = (here - shortfall(runs, checks)) / Math.max(1e-9, cost(s) - cost(current));
        if (!best || gain > best.gain) best = { s, gain };
      }
      // No single group helps (the groups must grow together): grow them all by a quarter.
      current = best && best.gain > 0 ? best.s : Object.fromEntries(groups.map((g) => [g.id, round(current[g.id]! + g.step * Math.max(1, Math.ceil((0.25 * current[g.id]!) / g.step)))]));
      report('adding', current);
      verdict = await counted(current);
      borderline = verdict.borderline;
    }
    if (!verdict.meets) return finish(false, current, verdict.runs, options.cancelled?.() ? 'cancelled before the target was met' : `the target was not met after ${MAX_ADD_STEPS} steps`);
  }

  // The written proportions, scaled by the least factor that meets the target (bisection).
  const scaled = (f: number): Staffing => Object.fromEntries(groups.map((g) => [g.id, round(Math.max(g.step, Math.ceil((g.people * f) / g.step - 1e-9) * g.step))]));
  let [low, high] = [0, 1];
  let top = await counted(scaled(high));
  while (!top.meets && high < CEILING_FACTOR * 4 && !options.cancelled?.()) { low = high; high *= 2; top = await counted(scaled(high)); }
  if (top.meets) {
    for (let i = 0; i < PROPORTION_STEPS && !options.cancelled?.(); i++) {
      const middle = (low + high) / 2;
      const v = await counted(scaled(middle));
      if (v.meets) { high = middle; top = v; } else low = middle;
    }
    if (cost(scaled(high)) < cost(current)) { current = scaled(high); verdict = top; report('start', current); }
  }

  // Trimming: dearest step first; each group loses people in halving steps while the target holds.
  const order = [...groups].sort((a, b) => b.costPerPersonPerMonth * b.step - a.costPerPersonPerMonth * a.step);
  for (let changed = true; changed && !options.cancelled?.(); ) {
    changed = false;
    for (const g of order) {
      let k = Math.max(1, Math.floor((0.25 * current[g.id]!) / g.step));
      while (k >= 1 && !options.cancelled?.()) {
        const people = round(current[g.id]! - k * g.step);
        if (people < g.step - 1e-9) { k = Math.floor(k / 2); continue; }
        const s = { ...current, [g.id]: people };
        const v = await counted(s);
        if (v.meets) { current = s; verdict = v; changed = true; report('trimming', current); }
        else { if (k === 1) borderline = v.borderline; k = Math.floor(k / 2); }
      }
    }
  }
  return finish(true, current, verdict.runs);

  function finish(reachable: boolean, s: Staffing, runs: RepValues[], reason?: string): Sized {
    report('done', s);
    return {
      organisation: base.organisation.id,
      reachable,
      ...(reason ? { reason } : {}),
      start: roundStaffing(erlangStart(base, groups, pilot, Math.max(...checks.map((c) => c.level)))),
      staffing: roundStaffing(s),
      groups: describeGroups(base, groups, s),
      metrics: reportedMetrics(runs, checks.map((c) => c.key)),
      borderline,
      tried,
      replications: runs.length,
      variants,
      simulated: cache.simulated,
    };
  }
}

const roundStaffing = (s: Staffing): Staffing => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v)]));
