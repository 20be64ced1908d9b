/**
 * The product's own path, end to end (part of `npm run bench`): what a user of `npm run compare` or
 * of the app waits for, on the shipped companies with the five baseline organisations and on the
 * plain M/M/c scenario — loading and checking the files, simulating, measuring each replication,
 * and summarising (confidence intervals, scorecard). Reported per event against the hand-written
 * loop's cost measured in the same run, with the split simulation / measuring / everything else
 * (`replicationTime` in run-scenario.ts), and the peak memory per 10^6 messages of one large run.
 * Each figure comes from a fresh child process after an untimed warm-up of the same work.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileResolver, SCENARIOS_DIR } from '../../src/cli/files';
import { replicationTime, runReplication, summarise } from '../../src/metrics/run-scenario';
import { scorecard } from '../../src/metrics/scorecard';
import { loadComparison } from '../../src/scenario/comparison';
import { NEUTRAL_LEVERS } from '../../src/scenario/levers';
import { loadScenario, type Scenario } from '../../src/scenario/load';
import { runSchema } from '../../src/scenario/schema-scenario';
import { median } from './mmc-common';

const ORGS = ['funnel', 'coordinator', 'single-team-support', 'multi-team', 'expert-community'];
const COMPANIES = ['bank', 'group', 'sme', 'airline', 'retailer'];
const REPLICATIONS = 3;
/** Targets, as ratios of ns per event to the hand-written loop's, and of measuring to simulating. */
const TARGET = { baselineOrgs: 5, mmc: 3, measuringShare: 0.2 };

export interface ProductResult {
  events: number;
  messages: number;
  totalMs: number;
  simulatingMs: number;
  measuringMs: number;
}

/** The scenarios of a workload: a company's five baseline organisations, or the M/M/c file. */
function scenariosOf(workload: string): () => Scenario[] {
  if (workload === 'mmc') {
    const text = readFileSync(join(SCENARIOS_DIR, 'mmc-erlang.yaml'), 'utf8');
    return () => {
      const loaded = loadScenario(text, 'mmc-erlang.yaml', fileResolver, {});
      if (!loaded.ok) throw new Error('mmc-erlang.yaml does not load');
      return [loaded.value];
    };
  }
  return () => {
    const loaded = loadComparison(workload, ORGS, fileResolver, runSchema.parse({ replications: REPLICATIONS }), NEUTRAL_LEVERS);
    if (!loaded.ok) throw new Error(`${workload} does not load`);
    return loaded.value;
  };
}

/** Child mode: the whole path once untimed (warm-up), then once timed. */
export function runProductOnce(workload: string): ProductResult {
  const load = scenariosOf(workload);
  const once = () => {
    const started = performance.now();
    const scenarios = load();
    let events = 0, messages = 0;
    const results = scenarios.map((scenario) => {
      const runs = Array.from({ length: scenario.run.replications }, (_, r) => runReplication(scenario, r));
      for (const run of runs) { events += run.info.events; messages += run.metrics.values['messages.arrived'] ?? 0; }
      return summarise(scenario, runs);
    });
    scorecard(results);
    return { events, messages, totalMs: performance.now() - started };
  };
  once();
  replicationTime.simulating = replicationTime.measuring = 0;
  const timed = once();
  return { ...timed, simulatingMs: replicationTime.simulating, measuringMs: replicationTime.measuring };
}

/**
 * Child mode: one large replication; its peak memory per 10^6 messages. `records`: the M/M/c over
 * 366 days (about 5 × 10^5 messages, no backlog): what the records and measuring cost. `backlog`:
 * the group's coordinator over 200 days (about 10^6 messages), whose open messages pile up: each
 * holds a task (about 160 bytes), which the memory budget counts too.
 */
export function runMemoryOnce(kind: string): { messages: number; peakMbPer1e6: number; baselineMb: number } {
  const chosen = scenariosOf(kind === 'records' ? 'mmc' : 'group')().find((s) => kind === 'records' || s.organisation.id === 'coordinator')!;
  const long = { ...chosen, run: { ...chosen.run, horizonDays: kind === 'records' ? 366 : 200, warmupDays: 0 } };
  const baseline = process.memoryUsage().rss;
  const { metrics } = runReplication(long, 0);
  const peak = process.resourceUsage().maxRSS * 1024;
  const messages = metrics.values['messages.arrived']!;
  return { messages, peakMbPer1e6: ((peak - baseline) / 2 ** 20 / messages) * 1e6, baselineMb: baseline / 2 ** 20 };
}

function child(args: string[]): string {
  const bundle = process.env.CM_BENCH_BUNDLE ?? process.argv[1]!;
  const run = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`product bench ${args.join(' ')} failed: ${run.stderr || run.stdout}`);
  return run.stdout.trim().split('\n').pop()!;
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);
const verdict = (met: boolean) => (met ? 'MET' : 'MISSED');

/** Prints the product's figures against the hand-written loop's ns per event of this run. */
export function productBench(handNsPerEvent: number, rounds: number): void {
  console.log('');
  console.log(`The product's own path (load, simulate, measure, summarise), one thread; ${REPLICATIONS} replications of 14 days of the five baseline organisations per company, 10 of scenarios/mmc-erlang.yaml; median of ${rounds} rounds for bank, group and M/M/c, one round for the others`);
  console.log(`  ${'workload'.padEnd(26)}${'events'.padStart(11)}${'ns/event'.padStart(10)}${'× hand'.padStart(9)}   split of the time: simulate / measure / everything else   measure ÷ simulate`);
  let allMet = true;
  for (const workload of ['bank', 'group', 'mmc', ...COMPANIES.filter((c) => c !== 'bank' && c !== 'group')]) {
    const n = workload === 'bank' || workload === 'group' || workload === 'mmc' ? rounds : 1;
    const results = Array.from({ length: n }, () => JSON.parse(child(['--product', workload])) as ProductResult);
    const m = (pick: (r: ProductResult) => number) => median(results.map(pick));
    const ns = m((r) => (r.totalMs * 1e6) / r.events);
    const ratio = ns / handNsPerEvent;
    const share = (part: (r: ProductResult) => number) => m((r) => part(r) / r.totalMs);
    const measuring = m((r) => r.measuringMs / r.simulatingMs);
    const speedTarget = workload === 'mmc' ? TARGET.mmc : workload === 'bank' || workload === 'group' ? TARGET.baselineOrgs : undefined;
    const speedMet = speedTarget === undefined || ratio <= speedTarget;
    const measureMet = measuring <= TARGET.measuringShare;
    allMet &&= speedMet && measureMet;
    const label = workload === 'mmc' ? 'M/M/c (mmc-erlang.yaml)' : `${workload}, 5 organisations`;
    console.log(
      `  ${label.padEnd(26)}${fmt(m((r) => r.events)).padStart(11)}${fmt(ns).padStart(10)}${`${fmt(ratio, 1)}×`.padStart(9)}` +
        `${speedTarget === undefined ? '' : ` (≤ ${speedTarget}×) ${verdict(speedMet)}`}`.padEnd(18) +
        `   ${fmt(100 * share((r) => r.simulatingMs))}% / ${fmt(100 * share((r) => r.measuringMs))}% / ${fmt(100 * share((r) => r.totalMs - r.simulatingMs - r.measuringMs))}%`.padEnd(30) +
        `${fmt(measuring, 2).padStart(24)} (≤ ${TARGET.measuringShare}) ${verdict(measureMet)}`,
    );
  }
  for (const [kind, what] of [['records', 'M/M/c over 366 days, no backlog'], ['backlog', 'the group\'s coordinator over 200 days, a growing backlog of open messages']] as const) {
    const memory = JSON.parse(child(['--memory', kind])) as ReturnType<typeof runMemoryOnce>;
    console.log(`  peak memory: ${fmt(memory.peakMbPer1e6)} MB per 10^6 messages (one replication of ${fmt(memory.messages)} messages, ${what}; resident memory above the ${fmt(memory.baselineMb)} MB of a loaded process)`);
  }
  console.log(`  ${allMet ? 'every product target MET' : 'some product targets MISSED'} (wall clock on a shared machine: compare ratios, not times)`);
}
