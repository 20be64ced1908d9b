/** Daily volumes by channel, read from a company and written back into its file. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/cli/files';
import { loadCompany } from '../src/scenario/load';
import { dailyVolumes, withDailyVolumes } from '../src/scenario/company-form';

const text = readFileSync(join(REPO_ROOT, 'scenarios/companies/sme.yaml'), 'utf8');
const load = (t: string) => { const c = loadCompany(t, 'sme.yaml'); if (!c.ok) throw new Error(JSON.stringify(c.issues)); return c.value; };

describe('a company in messages a day', () => {
  it('gets the volumes it is given, channel by channel, and keeps the rest of the file', () => {
    const company = load(text);
    const wanted = dailyVolumes(company).map((v, i) => ({ ...v, perDay: [400, 250, 120, 0][i]!, expectedResponseMinutes: v.id === 'facebook' ? 30 : v.expectedResponseMinutes }));
    const written = withDailyVolumes(text, company, wanted);
    const after = dailyVolumes(load(written));
    expect(after.map((v) => Math.round(v.perDay * 1e4) / 1e4)).toEqual([400, 250, 120, 0]);
    expect(after.find((v) => v.id === 'facebook')!.expectedResponseMinutes).toBe(30);
    expect(written).toContain('# A 40-person company'); // comments kept
    expect(load(written).publics.map((p) => p.intents)).toEqual(company.publics.map((p) => p.intents));
  });

  it('gives a channel that had no messages to the public that writes most', () => {
    const company = load(text);
    const silent = withDailyVolumes(text, company, dailyVolumes(company).map((v) => ({ ...v, perDay: v.id === 'messenger' ? 0 : v.perDay })));
    const again = load(silent);
    const written = withDailyVolumes(silent, again, dailyVolumes(again).map((v) => ({ ...v, perDay: v.id === 'messenger' ? 50 : v.perDay })));
    expect(Math.round(dailyVolumes(load(written)).find((v) => v.id === 'messenger')!.perDay)).toBe(50);
  });
});
