/**
 * Staffing groups: the teams of an organisation a user can size. Derived from each unit's role and
 * function, so an organisation built in the editor gets its groups too: the front office of each
 * function, the CM team(s), the conductor, the back office by function, each expert pool.
 *
 * A group's size is the number of people on duty while it is open. What that costs depends on the
 * hours: a person on duty 24/7 is 168 hours a week, 4.8 full-time equivalents (35 h), paid as such
 * — around-the-clock cover is never the same people counted twice. Owns: groups, applying a
 * staffing to a scenario, and the scheduled cost of a staffing. Never imports React or the engine's
 * kernel.
 */
import { compileHours } from '../model/calendars';
import { headcountScale } from '../scenario/scale';
import type { Scenario } from '../scenario/load';
import type { UnitFile } from '../scenario/schema-organisation';

/** Minutes in a full-time week (35 hours, the French legal week), as in the run's FTE figure. */
export const FTE_MINUTES_PER_WEEK = 35 * 60;
/** A month is 30 days: costs per month are comparable between companies and horizons. */
const WEEKS_PER_MONTH = 30 / 7;

export interface StaffGroup {
  /** "role:function", e.g. "back:legal"; expert pools and agencies keep their unit id. */
  id: string;
  role: UnitFile['role'];
  function: string;
  /** Unit ids in the group, in file order. */
  units: string[];
  /** People on duty as written (after per-volume or per-employee scaling). */
  people: number;
  /**
   * The step the sizing moves this group by: one person, or a tenth of a person for a group that
   * is a part-time slice of an expert team (under one person as written).
   */
  step: number;
  /** Paid for scheduled hours, or only for time worked (volunteers, experts answering when asked). */
  paidForWorkedTime: boolean;
  /** FTE and money of one more person on duty in this group, per month (scheduled basis). */
  ftePerPerson: number;
  costPerPersonPerMonth: number;
}

/** People on duty per group id. */
export type Staffing = Record<string, number>;

const OWN_GROUP_ROLES = new Set(['expert_pool', 'agency']);

function groupIdOf(unit: UnitFile): string {
  return OWN_GROUP_ROLES.has(unit.role) ? `${unit.role}:${unit.id}` : `${unit.role}:${unit.function}`;
}

/** Effective people of a unit: its written headcount times its scaling. */
function peopleOf(unit: UnitFile, scale: Record<UnitFile['scaleWith'], number>): number {
  return unit.headcount * scale[unit.scaleWith];
}

/** Open minutes a week of a unit's hours, times the share of time each person gives. */
function paidMinutesPerWeek(unit: UnitFile): number {
  return compileHours(unit.hours).openMinutesPerWeek * unit.share;
}

export function staffGroups(scenario: Scenario): StaffGroup[] {
  const scale = headcountScale(scenario.company);
  const groups = new Map<string, { role: UnitFile['role']; function: string; units: UnitFile[] }>();
  for (const unit of scenario.organisation.units) {
    const id = groupIdOf(unit);
    const g = groups.get(id) ?? { role: unit.role, function: unit.function, units: [] };
    g.units.push(unit);
    groups.set(id, g);
  }
  return [...groups].map(([id, g]) => {
    const people = g.units.reduce((s, u) => s + peopleOf(u, scale), 0);
    // One more person is spread over the group's units as the people are: their mean hours and cost.
    const weights = g.units.map((u) => (people > 0 ? peopleOf(u, scale) / people : 1 / g.units.length));
    const minutes = g.units.reduce((s, u, i) => s + weights[i]! * paidMinutesPerWeek(u), 0);
    const cost = g.units.reduce((s, u, i) => s + weights[i]! * paidMinutesPerWeek(u) * u.hourlyCost / 60, 0);
    return {
      id,
      role: g.role,
      function: g.function,
      units: g.units.map((u) => u.id),
      people,
      step: people >= 1 ? 1 : 0.1,
      paidForWorkedTime: g.units.every((u) => u.costBasis === 'worked'),
      ftePerPerson: minutes / FTE_MINUTES_PER_WEEK,
      costPerPersonPerMonth: cost * WEEKS_PER_MONTH,
    };
  });
}

/** The staffing as written: each group's people. */
export function writtenStaffing(groups: readonly StaffGroup[]): Staffing {
  return Object.fromEntries(groups.map((g) => [g.id, g.people]));
}

/**
 * The scenario with each group at the given people, shared over its units in proportion to their
 * written headcounts (evenly when all were zero). Groups not named keep their people. Headcounts
 * become plain people (scaleWith none), so later volume changes do not rescale them.
 */
export function applyStaffing(scenario: Scenario, staffing: Staffing): Scenario {
  const s = structuredClone(scenario);
  const scale = headcountScale(s.company);
  const byGroup = new Map<string, UnitFile[]>();
  for (const u of s.organisation.units) byGroup.set(groupIdOf(u), [...(byGroup.get(groupIdOf(u)) ?? []), u]);
  for (const [id, units] of byGroup) {
    const wanted = staffing[id];
    if (wanted === undefined) continue;
    const written = units.map((u) => peopleOf(u, scale));
    const total = written.reduce((a, b) => a + b, 0);
    units.forEach((u, i) => {
      u.headcount = total > 0 ? (wanted * written[i]!) / total : wanted / units.length;
      u.scaleWith = 'none';
    });
  }
  return s;
}

/** Scheduled FTE and money per month of a staffing (people paid for time worked are not counted here). */
export function scheduledCost(groups: readonly StaffGroup[], staffing: Staffing): { fte: number; costPerMonth: number } {
  let fte = 0, costPerMonth = 0;
  for (const g of groups) {
    if (g.paidForWorkedTime) continue;
    const people = staffing[g.id] ?? g.people;
    fte += people * g.ftePerPerson;
    costPerMonth += people * g.costPerPersonPerMonth;
  }
  return { fte, costPerMonth };
}

/** Every group scaled by `factor` (the equal-budget comparison reorganises the same money). */
export function scaledStaffing(groups: readonly StaffGroup[], factor: number): Staffing {
  return Object.fromEntries(groups.map((g) => [g.id, g.people * factor]));
}
