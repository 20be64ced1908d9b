/**
 * `npm run compare -- <company> [--orgs funnel,coordinator,…] [--replications N] [--seed S]
 *   [--days D] [--out results.json|results.csv] [--threads T]`
 *
 * Runs several organisations on one company with common random numbers — the same seed, so the
 * same first contacts arrive at the same minutes for every organisation — and prints a scorecard
 * with the best organisation of each row marked. Exit codes as for `simulate`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatEstimate } from '../metrics/format';
import type { ScenarioResult } from '../metrics/run-scenario';
import { scorecard } from '../metrics/scorecard';
import { describeIssues } from '../scenario/issues';
import { loadComparison } from '../scenario/comparison';
import { NEUTRAL_LEVERS, readLevers } from '../scenario/levers';
import { loadCompany, type Resolver, type Scenario } from '../scenario/load';
import { LIMITS } from '../scenario/limits';
import { runSchema } from '../scenario/schema-scenario';
import { textOf } from '../scenario/text';
import { intFlag, parseArgs, UsageError } from './args';
import { displayName, fileResolver, readScenarioFile, SCENARIOS_DIR } from './files';
import { runScenarioParallel } from './parallel';
import { comparisonJson, toCsv } from '../metrics/export';
import { en } from '../ui/locales/en';

const USAGE = 'usage: npm run compare -- <company id or file> [--orgs id1,id2,…] [--replications N] [--seed S] [--days D] [--levers volume:2;crisis:1] [--out results.json|results.csv] [--threads T]';

function allOrganisationIds(): string[] {
  return readdirSync(join(SCENARIOS_DIR, 'organisations'))
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => f.replace(/\.(ya?ml|json)$/, ''))
    .sort();
}

function readCompany(arg: string): { file: string; text: string } | undefined {
  if (/\.(ya?ml|json)$/.test(arg)) return { file: displayName(arg), text: readScenarioFile(arg) };
  return fileResolver('company', arg);
}

async function main(argv: string[]): Promise<number> {
  let args;
  let run;
  let levers = NEUTRAL_LEVERS;
  try {
    args = parseArgs(argv, ['orgs', 'replications', 'seed', 'days', 'levers', 'out', 'threads'], ['quiet', 'help']);
    if (args.flags.has('help')) { console.log(USAGE); return 0; }
    if (args.positional.length !== 1) throw new UsageError('name exactly one company');
    const out = args.flags.get('out');
    if (out !== undefined && !/\.(json|csv)$/i.test(out)) throw new UsageError('--out must end in .json or .csv');
    const overrides: Record<string, number> = {};
    const replications = intFlag(args, 'replications', 1, LIMITS.replications);
    const seed = intFlag(args, 'seed', 0, LIMITS.seed);
    const days = intFlag(args, 'days', 1, LIMITS.horizonDays);
    if (replications !== undefined) overrides.replications = replications;
    if (seed !== undefined) overrides.seed = seed;
    if (days !== undefined) overrides.horizonDays = days;
    run = runSchema.parse(overrides);
    const read = readLevers(args.flags.get('levers') ?? '');
    if (read.problems.length) throw new UsageError(read.problems.join('; '));
    levers = read.levers;
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const companyArg = args.positional[0]!;
  const companySource = readCompany(companyArg);
  if (!companySource) {
    console.error(`no company "${companyArg}" in scenarios/companies/ (give an id there, or a file path)`);
    return 2;
  }
  const company = loadCompany(companySource.text, companySource.file);
  if (!company.ok) {
    console.error(`${companySource.file} is not a valid company:\n${describeIssues(company.issues)}`);
    return 2;
  }
  const ids = args.flags.get('orgs')?.split(',').map((s) => s.trim()).filter(Boolean) ?? allOrganisationIds();
  const unknown = ids.filter((id) => !fileResolver('organisation', id));
  if (unknown.length) {
    console.error(`no organisation ${unknown.map((u) => `"${u}"`).join(', ')} in scenarios/organisations/; known: ${allOrganisationIds().join(', ')}`);
    return 2;
  }
  // A company given as a file is resolved from that file; organisations from scenarios/.
  const resolver: Resolver = (kind, id) => (kind === 'company' ? companySource : fileResolver(kind, id));
  const loaded = loadComparison(company.value.id, ids, resolver, run, levers);
  if (!loaded.ok) {
    console.error(describeIssues(loaded.issues));
    return 2;
  }
  const scenarios = loaded.value;
  const quiet = args.flags.has('quiet');
  const threads = intFlag(args, 'threads', 1, 64);
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    if (!quiet && process.stderr.isTTY) process.stderr.write(`running ${scenario.organisation.id}…\n`);
    results.push(await runScenarioParallel(scenario, { threads }));
  }
  if (!quiet) console.log(printScorecard(results, scenarios, textOf(company.value.name, 'en')));
  const out = args.flags.get('out');
  if (out) {
    const settings = { company: company.value.id, seed: run.seed, replications: run.replications, horizonDays: run.horizonDays, levers };
    writeFileSync(out, /\.csv$/i.test(out) ? toCsv(results) : comparisonJson(results, settings));
    if (!quiet) console.log(`\nresults written to ${out}`);
  }
  return results.some((r) => r.summary.runs.some((x) => x.stopReason === 'budget')) ? 3 : 0;
}

function printScorecard(results: ScenarioResult[], scenarios: Scenario[], companyName: string): string {
  const rows = scorecard(results);
  const first = scenarios[0]!.run;
  const labelWidth = Math.max(...rows.map((r) => en.metric[r.headline.key].length));
  const cellWidth = 22;
  const lines = [
    `${companyName}: ${results.length} organisations, seed ${first.seed}, ${first.replications} replication(s) of ${first.horizonDays} days, same arrivals for all`,
    '* best of the row; ± is the 95% confidence interval',
    '',
    ''.padEnd(labelWidth + 2) + results.map((r) => r.organisation.slice(0, cellWidth - 1).padStart(cellWidth)).join(''),
  ];
  for (const row of rows) {
    if (row.cells.every((c) => !c)) continue;
    const cells = row.cells.map((c, i) => `${formatEstimate(c, row.headline.unit)}${row.best.includes(i) ? '*' : ' '}`.padStart(cellWidth));
    lines.push(`  ${en.metric[row.headline.key].padEnd(labelWidth)}${cells.join('')}`);
  }
  return lines.join('\n');
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { console.error((e as Error).stack ?? e); process.exitCode = 1; },
);
