import { describe, expect, it } from 'vitest';
import { fileResolver } from '../cli/files';
import { loadComparison } from '../scenario/comparison';
import { applyLevers, NEUTRAL_LEVERS } from '../scenario/levers';
import { headcountScale } from '../scenario/scale';
import { applyStaffing, scaledStaffing, scheduledCost, staffGroups, writtenStaffing } from './staffing';

const loaded = loadComparison('sme', ['funnel', 'multi-team', 'expert-community'], fileResolver);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const [funnel, multiTeam, community] = loaded.value as [typeof loaded.value[0], typeof loaded.value[0], typeof loaded.value[0]];

describe('staffing groups', () => {
  it('are derived from roles and functions: front office, back office by function, CM teams, conductor, expert pools', () => {
    const ids = (s: typeof funnel) => staffGroups(s).map((g) => g.id);
    expect(ids(funnel)).toEqual(expect.arrayContaining(['front:customer_service', 'back:legal', 'back:product']));
    expect(ids(multiTeam).some((id) => id.startsWith('cm:'))).toBe(true);
    expect(ids(multiTeam).some((id) => id.startsWith('conductor:'))).toBe(true);
    expect(ids(community).some((id) => id.startsWith('expert_pool:'))).toBe(true);
    // Every unit is in exactly one group.
    for (const s of [funnel, multiTeam, community]) expect(staffGroups(s).flatMap((g) => g.units).sort()).toEqual(s.organisation.units.map((u) => u.id).sort());
  });

  it('count people on duty as written, and a group\'s people are shared over its units as written', () => {
    const scale = headcountScale(funnel.company);
    const groups = staffGroups(funnel);
    const total = funnel.organisation.units.reduce((s, u) => s + u.headcount * scale[u.scaleWith], 0);
    expect(groups.reduce((s, g) => s + g.people, 0)).toBeCloseTo(total, 9);
    const front = groups.find((g) => g.id === 'front:customer_service')!;
    const staffed = applyStaffing(funnel, { [front.id]: 6 });
    const heads = front.units.map((id) => staffed.organisation.units.find((u) => u.id === id)!.headcount);
    expect(heads.reduce((a, b) => a + b, 0)).toBeCloseTo(6, 9);
    expect(staffed.organisation.units.filter((u) => !front.units.includes(u.id))).toEqual(funnel.organisation.units.filter((u) => !front.units.includes(u.id)));
  });

  it('cost around-the-clock cover as the hours it is: one person on duty 24/7 is 168/45 times an office-hours person', () => {
    const office = staffGroups(applyLevers(funnel, { ...NEUTRAL_LEVERS, hours: 'office' })).find((g) => g.role === 'front')!;
    const always = staffGroups(applyLevers(funnel, { ...NEUTRAL_LEVERS, hours: '24/7' })).find((g) => g.role === 'front')!;
    expect(always.ftePerPerson / office.ftePerPerson).toBeCloseTo(168 / 45, 6);
    expect(always.ftePerPerson).toBeCloseTo(168 / 35, 6);
    expect(always.costPerPersonPerMonth / office.costPerPersonPerMonth).toBeCloseTo(168 / 45, 6);
  });

  it('scale every group by one factor for an equal budget, and the scheduled cost scales with it', () => {
    const groups = staffGroups(funnel);
    const one = scheduledCost(groups, writtenStaffing(groups));
    const half = scheduledCost(groups, scaledStaffing(groups, 0.5));
    expect(half.costPerMonth / one.costPerMonth).toBeCloseTo(0.5, 9);
    expect(half.fte / one.fte).toBeCloseTo(0.5, 9);
  });
});
