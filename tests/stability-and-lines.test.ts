/**
 * Fault 8 (backlogs growing without bound decided results) and fault 4 (desk hours shorter than
 * line hours): each mechanism switched on and off on the same seed, and every preset checked.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileScenario } from '../src/model/compile';
import { unstaffedLineShares } from '../src/model/line-coverage';
import { runSchema } from '../src/scenario/schema-scenario';
import { SCENARIOS_DIR } from '../src/cli/files';
import { warningsOf } from '../src/metrics/warnings';
import { runScenario } from '../src/metrics/run-scenario';
import { preset } from './helpers/presets';
import { simulate, tinyScenario, load } from './helpers/tiny';

const ids = (folder: string) => readdirSync(join(SCENARIOS_DIR, folder)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const COMPANIES = ids('companies');
const ORGANISATIONS = ids('organisations');

/** The tiny model with one overworked desk (no patience: nobody leaves the queue). */
function overworked(headcount: number) {
  const data = tinyScenario();
  for (const ch of data.company.channels) delete ch.patience;
  Object.assign(data.organisation.units[0], { headcount, autonomyOutside: 1, handling: { dist: 'exponential', mean: 8 } });
  data.run = { horizonDays: 8, warmupDays: 1, replications: 1, seed: 3 };
  return data;
}

describe('unstable backlogs are flagged (fault 8)', () => {
  it('a desk given more work than it can do is flagged unstable; the same desk with enough people is not', () => {
    // 0.5 messages a minute at 8 minutes each need 4 people busy all the time.
    const short = simulate(overworked(2)).v;
    const enough = simulate(overworked(7)).v;
    expect(short['unit.desk.unstable']).toBe(1);
    expect(short['unit.desk.backlogGrowth']).toBeGreaterThan(100);
    expect(enough['unit.desk.unstable']).toBe(0);
  });

  it('an unstable unit is a warning of its organisation', () => {
    const result = runScenario(load(overworked(2)));
    expect(warningsOf(result.summary)).toContainEqual({ kind: 'unstable', unit: 'desk', share: 1 });
    expect(warningsOf(runScenario(load(overworked(7))).summary)).toEqual([]);
  });

  it('runs have a warm-up by default, and the default measures two whole weeks', () => {
    const run = runSchema.parse({});
    expect(run.warmupDays).toBe(2);
    expect(run.horizonDays - run.warmupDays).toBe(14);
    // A short run keeps most of its days measured.
    expect(runSchema.parse({ horizonDays: 4 }).warmupDays).toBe(1);
  });

  it('refunds, warranty and fraud claims belong to customer service, not to a legal team sized for disputes', () => {
    const owner = (company: string, topic: string) => preset(company, 'funnel').company.topics.find((t) => t.id === topic)!.function;
    expect(owner('airline', 'refund')).toBe('customer_service');
    expect(owner('retailer', 'warranty')).toBe('customer_service');
    expect(owner('bank', 'fraud')).toBe('customer_service');
  });

  it('the legal team of the airline\'s funnel keeps up with its work', () => {
    const v = runScenario(preset('airline', 'funnel', { horizonDays: 8, replications: 1 })).summary.metrics;
    expect(v['unit.legal.unstable']!.mean).toBe(0);
    expect(v['unit.legal.utilisation']!.mean).toBeLessThan(0.5);
  });
});

describe('every line open is staffed (fault 4)', () => {
  it('a phone line open around the clock rings to nobody at night when the desk keeps office hours, unless the desk staffs the lines', () => {
    const data = tinyScenario();
    data.organisation.units[0].hours = 'office';
    const closed = simulate(data).v;
    data.organisation.units[0].staffsLines = true;
    const staffed = simulate(data).v;
    // Office hours are 45 of the week's 168: most calls of a flat 24/7 line ring to nobody.
    expect(closed['channel.phone.unstaffedShare']).toBeGreaterThan(0.6);
    expect(staffed['channel.phone.unstaffedShare']).toBe(0);
    expect(staffed['channel.phone.answered']).toBeGreaterThan(closed['channel.phone.answered']! + 0.4);
  });

  it('every preset staffs every live line its company opens, on every company', () => {
    const gaps: string[] = [];
    for (const company of COMPANIES) {
      for (const org of ORGANISATIONS) {
        const model = compileScenario({ ...preset(company, org), run: runSchema.parse({ horizonDays: 1 }) });
        for (const { channel, share } of unstaffedLineShares(model)) if (share > 0) gaps.push(`${company}/${org}/${channel}: ${share.toFixed(3)}`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('closing a line outside the desk\'s hours is visible: the bank funnel without staffed lines warns', () => {
    const scenario = preset('bank', 'funnel', { horizonDays: 1 });
    scenario.organisation.units.find((u) => u.id === 'desk')!.staffsLines = false;
    const shares = unstaffedLineShares(compileScenario(scenario));
    // The bank's line is open Mon–Sat 08–20, the desk Mon–Fri 09–18.
    expect(shares.find((s) => s.channel === 'phone')!.share).toBeGreaterThan(0.1);
  });
});
