import { describe, expect, it } from 'vitest';
import { fileResolver } from '../cli/files';
import { runScenario } from '../metrics/run-scenario';
import { loadComparison } from './comparison';
import { applyLevers, LEVER_NAMES, leverOf, NEUTRAL_LEVERS, readLevers, writeLevers, type Levers } from './levers';
import { headcountScale } from './scale';

const load = (org: string) => {
  const loaded = loadComparison('sme', [org], fileResolver, { horizonDays: 5, replications: 2 });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value[0]!;
};

describe('levers', () => {
  it('neutral levers leave the scenario exactly as written', () => {
    const s = load('expert-community');
    expect(applyLevers(s, NEUTRAL_LEVERS)).toEqual(s);
  });

  it('each lever changes what it says and nothing is shared with the original', () => {
    const s = load('expert-community');
    const changed = applyLevers(s, { volume: 2, cmHeadcount: 3, cmAutonomy: 0.1, commitment: 'committed', participation: 0.5, animation: false, hours: '24/7', crisis: true });
    expect(changed.company.publics[0]!.contactsPerMonth).toBeCloseTo(2 * s.company.publics[0]!.contactsPerMonth);
    const cm = (x: typeof s) => x.organisation.units.find((u) => u.role === 'cm')!;
    // Volume changed, so headcounts sized by volume were frozen to people at the written volume.
    expect(cm(changed).scaleWith).toBe('none');
    expect(cm(changed).headcount).toBeCloseTo(3 * cm(s).headcount * headcountScale(s.company).volume);
    expect(cm(changed).autonomy).toBe(0.1);
    expect(cm(changed).hours).toBe('24/7');
    expect(changed.organisation.routing.referrals.every((r) => r.commitment === 'committed' && r.forgetProbability === 0)).toBe(true);
    expect(changed.organisation.tasks).toHaveLength(0);
    expect(changed.company.badBuzz!.scripted.every((e) => e.enabled)).toBe(true);
    expect(s.company.badBuzz!.scripted.every((e) => !e.enabled)).toBe(true); // the original is untouched
  });

  // Loaded files are remembered between comparisons: nothing done with one comparison may reach the next.
  it('a comparison with levers, or a caller changing what it got, leaves the next comparison as written', () => {
    const before = load('expert-community');
    const levered = loadComparison('sme', ['expert-community'], fileResolver, { horizonDays: 5, replications: 2 }, { ...NEUTRAL_LEVERS, volume: 2, crisis: true });
    expect(levered.ok && levered.value[0]!.company.publics[0]!.contactsPerMonth).toBeCloseTo(2 * before.company.publics[0]!.contactsPerMonth);
    expect(load('expert-community')).toEqual(before);
    // What the comparison hands out is the caller's to change: the remembered file stays as read.
    before.company.publics[0]!.contactsPerMonth = -1;
    expect(load('expert-community').company.publics[0]!.contactsPerMonth).toBeGreaterThan(0);
  });

  it('more volume on the same staff answers a smaller share on time', () => {
    const s = load('coordinator');
    const sla = (v: number) => runScenario(applyLevers(s, { ...NEUTRAL_LEVERS, volume: v })).summary.metrics['sla.attainment']!.mean;
    expect(sla(3)).toBeLessThan(sla(1));
  });
});

describe('levers in links and on the command line', () => {
  it('written levers read back the same, and neutral ones are left out', () => {
    const levers = { ...NEUTRAL_LEVERS, volume: 2, crisis: true, cmAutonomy: 0.4, hours: '24/7' as const };
    expect(writeLevers(levers)).toBe('volume:2;cmAutonomy:0.4;hours:24/7;crisis:1');
    expect(readLevers(writeLevers(levers))).toEqual({ levers, problems: [] });
    expect(writeLevers(NEUTRAL_LEVERS)).toBe('');
  });

  it('bad levers are named and left neutral', () => {
    const { levers, problems } = readLevers('volume:-3;speed:9;crisis:yes');
    expect(levers).toEqual(NEUTRAL_LEVERS);
    expect(problems).toEqual([
      'lever "volume" must be a number from 0.1 to 10',
      expect.stringMatching(/^unknown lever "speed"/),
      'lever "crisis" must be 1 or 0',
    ]);
  });
});

describe('the levers table', () => {
  it('every value a control can set is one the link and the command line accept', () => {
    for (const name of LEVER_NAMES) {
      const lever = leverOf(name);
      const control = lever.control;
      const values: unknown[] = control.kind === 'choice' ? control.options.map((o) => o.value)
        : control.kind === 'switch' ? [true, false]
        : [control.min, control.max, ...(control.kind === 'optionalSlider' ? [null, control.whenSwitchedOn] : [])];
      for (const v of values) expect(lever.read(lever.write(v)), `${name} = ${String(v)}`).toEqual(v);
    }
  });

  it('each lever moved on its own changes the scenario, and only it is written in the link', () => {
    const s = load('expert-community');
    const moved: Partial<Levers> = { volume: 2, cmHeadcount: 2, cmAutonomy: 0.2, commitment: 'committed', participation: 0.5, animation: false, hours: '24/7', crisis: true };
    for (const name of LEVER_NAMES) {
      const levers = { ...NEUTRAL_LEVERS, [name]: moved[name] };
      expect(applyLevers(s, levers), name).not.toEqual(s);
      expect(writeLevers(levers).split(':')[0]).toBe(name);
    }
  });
});
