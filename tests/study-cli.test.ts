/**
 * `npm run size`, `sweep` and `merge` as a user meets them: a table on stdout, shards that merge
 * into the single run's JSON byte for byte, and exit code 2 with the setting and the fix named for
 * bad input.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/cli/files';

const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
const cli = (name: string, ...args: string[]) => spawnSync(tsx, [`src/cli/${name}.ts`, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 180_000 });
const dir = mkdtempSync(join(tmpdir(), 'cm-study-cli-'));

describe('npm run size', () => {
  it('sizes a single-unit scenario file like any organisation and prints each unit\'s people, FTE and cost per month', () => {
    const r = cli('size', 'scenarios/mmc-erlang.yaml', '--target', 'sla:0.8/20s', '--days', '6', '--threads', '1', '--out', join(dir, 'mmc.csv'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/front:support\s+7 people\s+33\.6 FTE/); // 7 agents around the clock = 7 × 168 h / 35 h
    expect(r.stdout).toMatch(/EUR per month/);
    expect(readFileSync(join(dir, 'mmc.csv'), 'utf8')).toMatch(/^mmc-agents,sized,unit:agents,headcount,7,/m);
  }, 180_000);
});

describe('npm run sweep and merge', () => {
  it('gives exactly the single run\'s JSON when run as two shards and merged', () => {
    const common = ['sme', '--orgs', 'funnel,coordinator', '--volume', '0.5:2:3', '--replications', '2', '--days', '5', '--threads', '1', '--quiet'];
    expect(cli('sweep', ...common, '--out', join(dir, 'all.json')).status).toBe(0);
    expect(cli('sweep', ...common, '--shard', '1/2', '--out', join(dir, 'p1.json')).status).toBe(0);
    expect(cli('sweep', ...common, '--shard', '2/2', '--out', join(dir, 'p2.json')).status).toBe(0);
    const merged = cli('merge', join(dir, 'p2.json'), join(dir, 'p1.json'), '--out', join(dir, 'merged.json'));
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/breaking volume/);
    expect(readFileSync(join(dir, 'merged.json'), 'utf8')).toBe(readFileSync(join(dir, 'all.json'), 'utf8'));
    const missing = cli('merge', join(dir, 'p1.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/run the missing shards/);
  }, 180_000);
});

describe('bad input', () => {
  it.each([
    ['size', ['sme', '--target', 'sla:1'], /target level "1" must be a share above 0 and below 1/],
    ['size', ['sme', '--target', 'sla:0.8@channel:telex'], /no channel "telex"; its channels: /],
    ['size', ['sme', '--target', 'speed:0.8'], /measure "speed" is unknown; measures: sla, answered, public/],
    ['size', ['sme', '--min-reps', '8', '--max-reps', '4'], /--max-reps \(4\) must be at least --min-reps \(8\)/],
    ['sweep', ['sme', '--volume', '4:0.25:9'], /--volume must go up from at least 0.1 to at most 10/],
    ['sweep', ['sme', '--volume', '0.25:4:1000'], /--volume needs 2 to 41 points/],
    ['sweep', ['sme', '--shard', '3/2', '--out', 'x.json'], /--shard must be k\/n with 1 ≤ k ≤ n/],
    ['sweep', ['sme', '--orgs', 'funnel,nope'], /no organisation "nope"/],
    ['sweep', ['sme', '--baseline', 'coordinator', '--orgs', 'funnel'], /--baseline "coordinator" is not among/],
  ] as const)('%s %j exits 2 naming the setting and the fix', (name, args, message) => {
    const r = cli(name, ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  }, 60_000);
});
