/**
 * Drafts as the loader sees them: checked with the CLI's messages and paths, kept apart from the
 * presets' ids, run through the same comparison as presets, and exported as a scenario file that
 * gives exactly the numbers of the comparison.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileResolver, REPO_ROOT } from '../src/cli/files';
import { checkDraft, scenarioFileText, withDrafts, type DraftFile } from '../src/scenario/drafts';
import { BLANK, duplicateText, freeId, kindOfText, rangeOfPath } from '../src/scenario/draft-text';
import { loadComparison } from '../src/scenario/comparison';
import { loadScenario } from '../src/scenario/load';
import { NEUTRAL_LEVERS } from '../src/scenario/levers';
import { runScenario } from '../src/metrics/run-scenario';

const preset = (path: string) => readFileSync(join(REPO_ROOT, 'scenarios', path), 'utf8');
const presetOrgs = new Set(['funnel', 'coordinator', 'multi-team']);

describe('a draft', () => {
  it('copied from a preset under its own id is valid and keeps the comments', () => {
    const text = duplicateText(preset('organisations/funnel.yaml'), 'my-funnel');
    expect(text).toMatch(/^# /);
    expect(text).toMatch(/^id: my-funnel$/m);
    expect(text).toMatch(/\(copy\)/);
    expect(checkDraft('organisation', text, 'my-funnel.yaml', fileResolver, 'sme', presetOrgs).issues).toEqual([]);
  });

  it('that keeps a preset id is refused, naming the field and a free id', () => {
    const { issues } = checkDraft('organisation', preset('organisations/funnel.yaml'), 'x.yaml', fileResolver, 'sme', presetOrgs);
    expect(issues).toEqual([expect.objectContaining({ path: 'id', message: expect.stringContaining('"funnel-2"') })]);
  });

  it('gets the CLI messages with their paths', () => {
    const text = duplicateText(preset('organisations/funnel.yaml'), 'mine').replace('headcount: 2.6', 'headcount: -1').replace('role: front', 'role: boss');
    const paths = checkDraft('organisation', text, 'mine.yaml', fileResolver, 'sme', presetOrgs).issues.map((i) => `${i.path}: ${i.message}`);
    expect(paths.some((p) => /^units\[\d+\]\.role: must be one of: "front", "back"/.test(p))).toBe(true);
    expect(paths.some((p) => /^units\[\d+\]\.headcount: must be at least 0$/.test(p))).toBe(true);
  });

  it('of the wrong kind says what it found', () => {
    const { issues } = checkDraft('organisation', BLANK.company, 'c.yaml', fileResolver, 'sme', new Set());
    expect(issues[0]).toMatchObject({ path: 'kind', message: expect.stringContaining('found "company"') });
  });

  it('blank organisation and blank company are valid, and run together', () => {
    const company: DraftFile = { kind: 'company', id: 'my-company', file: 'my-company.yaml', text: BLANK.company };
    expect(checkDraft('company', BLANK.company, 'c.yaml', fileResolver, 'sme', new Set()).issues).toEqual([]);
    const resolver = withDrafts([company], fileResolver);
    expect(checkDraft('organisation', BLANK.organisation, 'o.yaml', resolver, 'my-company', new Set()).issues).toEqual([]);
    expect(checkDraft('organisation', BLANK.organisation, 'o.yaml', resolver, 'sme', new Set()).issues).toEqual([]);
  });

  it('exported as a scenario file gives exactly the numbers of the comparison it was run in', () => {
    const text = duplicateText(preset('organisations/coordinator.yaml'), 'my-coordinator').replace('headcount: 1.2', 'headcount: 2');
    const resolver = withDrafts([{ kind: 'organisation', id: 'my-coordinator', file: 'my-coordinator.yaml', text }], fileResolver);
    const levers = { ...NEUTRAL_LEVERS, volume: 1.5 };
    const compared = loadComparison('sme', ['funnel', 'my-coordinator'], resolver, { replications: 2, seed: 7 }, levers);
    if (!compared.ok) throw new Error(JSON.stringify(compared.issues));
    const exported = scenarioFileText(compared.value[1]!, 'yaml');
    const loaded = loadScenario(exported, 'exported.yaml', fileResolver);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const inApp = runScenario(compared.value[1]!).summary.metrics;
    const fromFile = runScenario(loaded.value).summary.metrics;
    expect(fromFile).toEqual(inApp);
    expect(inApp['coverage.answered']!.mean).toBeGreaterThan(0);
  });
});

describe('draft text', () => {
  it('a problem path points at its key in the text', () => {
    const text = BLANK.organisation.replace('headcount: 3', 'headcount: -3');
    const { from, to } = rangeOfPath(text, 'units[0].headcount');
    expect(text.slice(from, to)).toBe('headcount: -3');
    const line = rangeOfPath('a: 1\nb: [\n', 'line 2, column 4');
    expect(line.from).toBe(8);
  });

  it('a free id skips the taken ones', () => {
    expect(freeId('my-funnel', new Set(['my-funnel', 'my-funnel-2']))).toBe('my-funnel-3');
  });

  it('the kind of a broken file is read from its text', () => {
    expect(kindOfText('version: 1\nkind: company\nid: [')).toBe('company');
    expect(kindOfText('{"kind": "organisation"}')).toBe('organisation');
    expect(kindOfText('hello')).toBeNull();
  });
});

describe('npm run compare', () => {
  it('takes an organisation file exported from the app beside preset ids, with the numbers the app computes for it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-drafts-'));
    const text = duplicateText(BLANK.organisation, 'my-team', false);
    writeFileSync(join(dir, 'my-team.yaml'), text);
    const r = spawnSync(join(REPO_ROOT, 'node_modules/.bin/tsx'), ['src/cli/compare.ts', 'sme', '--orgs', `funnel,${join(dir, 'my-team.yaml')}`, '--replications', '2', '--days', '3', '--quiet', '--out', join(dir, 'out.json')],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    const resolver = withDrafts([{ kind: 'organisation', id: 'my-team', file: 'my-team.yaml', text }], fileResolver);
    const inApp = loadComparison('sme', ['funnel', 'my-team'], resolver, { replications: 2, horizonDays: 3 });
    if (!inApp.ok) throw new Error(JSON.stringify(inApp.issues));
    const mine = JSON.parse(JSON.stringify(runScenario(inApp.value[1]!).summary.metrics));
    expect(JSON.stringify(out)).toContain('my-team');
    expect(JSON.stringify(out)).toContain(JSON.stringify(mine['coverage.answered']));
  });
});
