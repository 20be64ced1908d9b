/**
 * The command-line runner as a user meets it: a summary on stdout, byte-identical JSON for the
 * same seed, CSV output, exit code 2 with every problem on stderr for an invalid file.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/cli/files';

const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
const simulate = (...args: string[]) =>
  spawnSync(tsx, ['src/cli/simulate.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
const dir = mkdtempSync(join(tmpdir(), 'cm-sim-cli-'));

describe('npm run simulate', () => {
  it('prints a summary and writes byte-identical JSON for the same seed', () => {
    const a = simulate('scenarios/tandem-jackson.yaml', '--replications', '3', '--seed', '5', '--out', join(dir, 'a.json'));
    const b = simulate('scenarios/tandem-jackson.yaml', '--replications', '3', '--seed', '5', '--out', join(dir, 'b.json'), '--threads', '1');
    expect(a.status).toBe(0);
    expect(a.stdout).toMatch(/first response, p50/);
    expect(a.stdout).toMatch(/utilisation per unit/);
    expect(b.status).toBe(0);
    const json = readFileSync(join(dir, 'a.json'), 'utf8');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(json); // same bytes, threads or not
    expect(JSON.parse(json).summary.metrics['resolution.mean'].n).toBe(3);
  });

  it('writes CSV with one row per figure', () => {
    const r = simulate('scenarios/tandem-jackson.yaml', '--replications', '2', '--out', join(dir, 'r.csv'), '--quiet');
    expect(r.status).toBe(0);
    const rows = readFileSync(join(dir, 'r.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('organisation,company,metric,mean,ci95,n');
    expect(rows.some((row) => row.startsWith('tandem-stations,tandem,resolution.p90,'))).toBe(true);
  });

  it('exits 2 and lists every problem of an invalid scenario on stderr', () => {
    const bad = readFileSync(join(REPO_ROOT, 'scenarios/mmc-erlang.yaml'), 'utf8')
      .replace('headcount: 5', 'headcount: -5')
      .replace('hours: 24/7', 'hours: sometimes')
      .replace('autonomy: 1', 'autonomy: 1\n      colour: blue');
    writeFileSync(join(dir, 'bad.yaml'), bad);
    const r = simulate(join(dir, 'bad.yaml'));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/organisation\.units\[0\]\.headcount/);
    expect(r.stderr).toMatch(/organisation\.units\[0\]\.hours/);
    expect(r.stderr).toMatch(/unknown key "colour"/);
  });

  it('exits 2 with the usage line for a bad option', () => {
    const r = simulate('scenarios/tandem-jackson.yaml', '--replications', 'many');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--replications must be a whole number/);
  });
});
