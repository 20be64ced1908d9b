/**
 * `npm run compare -- <company> [options]` (`--help` lists them)
 *
 * Runs several organisations on one company with common random numbers — the same seed, so the
 * same first contacts arrive at the same minutes for every organisation — and prints a scorecard
 * with the best organisation of each row marked.
 */
import { formatEstimate } from '../../metrics/format';
import type { ScenarioResult } from '../../metrics/run-scenario';
import { scorecard } from '../../metrics/scorecard';
import { describeIssues } from '../../scenario/issues';
import { loadComparison } from '../../scenario/comparison';
import { readLevers } from '../../scenario/levers';
import { loadCompany, type Resolver, type Scenario } from '../../scenario/load';
import { LIMITS } from '../../scenario/limits';
import { runSchema } from '../../scenario/schema-scenario';
import { textOf } from '../../scenario/text';
import { EXIT, InputError, type CommandMain, UsageError, wholeNumberOption, type CommandSpec } from '../args';
import { checkOutput, fileResolver, organisationArgument, readCompanyArgument, writeOutput } from '../files';
import { runScenarioParallel } from '../parallel';
import { budgetWarnings, stoppedByBudget } from '../report';
import { comparisonJson, toCsv } from '../../metrics/export';
import { en } from '../../ui/locales/en';
import { warningText, warningsOf } from '../../metrics/warnings';

export const COMPARE: CommandSpec<'orgs' | 'replications' | 'seed' | 'days' | 'levers' | 'out' | 'threads' | 'memory-budget'> = {
  name: 'compare',
  summary: 'Runs several organisations on one company with the same arrivals (common random numbers) and prints a scorecard with the best of each row marked.',
  positionals: [{ name: 'company', help: 'a company id in scenarios/companies/ (e.g. sme), or the path of a company file' }],
  options: ['orgs', 'replications', 'seed', 'days', 'levers', 'out', 'threads', 'memory-budget'],
  notes: {
    replications: `1 to ${LIMITS.replications} (default 5)`,
    seed: `a whole number from 0 to ${LIMITS.seed} (default 1)`,
    days: `1 to ${LIMITS.horizonDays} (default 16, of which the first 2 are warm-up, not measured)`,
    threads: '1 to 64',
    'memory-budget': `1 to ${LIMITS.memoryBudgetMB} (default 1000), per replication: each thread runs one at a time`,
  },
  examples: [
    'npm run compare -- sme --orgs funnel,cosmetic-cm,coordinator,multi-team,expert-community',
    'npm run compare -- sme --orgs funnel,coordinator --replications 10 --levers "volume:2;crisis:1" --out sme.json',
    'npm run compare -- my-company.yaml --orgs funnel --days 30 --quiet --out funnel.csv',
    'npm run compare -- sme --orgs funnel,my-organisation.yaml',
  ],
};

export const compare: CommandMain<(typeof COMPARE.options)[number]> = async ({ positionals, values }, io) => {
  const overrides: Record<string, number> = {};
  const replications = wholeNumberOption(values.replications, 'replications', 1, LIMITS.replications);
  const seed = wholeNumberOption(values.seed, 'seed', 0, LIMITS.seed);
  const days = wholeNumberOption(values.days, 'days', 1, LIMITS.horizonDays);
  const threads = wholeNumberOption(values.threads, 'threads', 1, 64);
  if (replications !== undefined) overrides.replications = replications;
  if (seed !== undefined) overrides.seed = seed;
  if (days !== undefined) overrides.horizonDays = days;
  const memory = wholeNumberOption(values['memory-budget'], 'memory-budget', 1, LIMITS.memoryBudgetMB);
  if (memory !== undefined) overrides.memoryBudgetMB = memory;
  const run = runSchema.parse(overrides);
  const read = readLevers(values.levers ?? '');
  if (read.problems.length) throw new UsageError(`--levers: ${read.problems.join('; ')}`);
  const levers = read.levers;
  if (values.out !== undefined) checkOutput(values.out);
  const companySource = readCompanyArgument(positionals[0]!);
  const company = loadCompany(companySource.text, companySource.file);
  if (!company.ok) throw new InputError(`${companySource.file} is not a valid company:\n${describeIssues(company.issues)}`);
  const { ids, files } = organisationArgument(values.orgs);
  // A company given as a file is resolved from that file; organisations from their files, then scenarios/.
  const resolver: Resolver = (kind, id) => (kind === 'company' ? companySource : files.get(id) ?? fileResolver(kind, id));
  const loaded = loadComparison(company.value.id, ids, resolver, run, levers);
  if (!loaded.ok) throw new InputError(describeIssues(loaded.issues));
  const scenarios = loaded.value;
  const quiet = values.quiet === true;
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    if (!quiet && io.tty) io.err(`running ${scenario.organisation.id}…\n`);
    results.push(await runScenarioParallel(scenario, { threads }));
  }
  if (!quiet) io.out(printScorecard(results, scenarios, textOf(company.value.name, 'en')));
  if (values.out !== undefined) {
    const settings = { company: company.value.id, seed: run.seed, replications: run.replications, horizonDays: run.horizonDays, levers };
    writeOutput(values.out, /\.csv$/i.test(values.out) ? toCsv(results) : comparisonJson(results, settings));
    if (!quiet) io.out(`\nresults written to ${values.out}`);
  }
  for (const warning of budgetWarnings(results)) io.err(`${warning}\n`);
  return stoppedByBudget(results) ? EXIT.budget : EXIT.ok;
};

function printScorecard(results: ScenarioResult[], scenarios: Scenario[], companyName: string): string {
  const rows = scorecard(results);
  const first = scenarios[0]!.run;
  const labelWidth = Math.max(...rows.map((r) => en.metric[r.headline.key].length));
  const cellWidth = 22;
  const lines = [
    `${companyName}: ${results.length} organisations, seed ${first.seed}, ${first.replications} replication(s) of ${first.horizonDays - first.warmupDays} days measured after ${first.warmupDays} days of warm-up, same arrivals for all`,
    `* best of the row; ± is the 95% confidence interval; costs in ${scenarios[0]!.company.currency}, per month = 30 days`,
    '',
    ''.padEnd(labelWidth + 2) + results.map((r) => r.organisation.slice(0, cellWidth - 1).padStart(cellWidth)).join(''),
  ];
  for (const row of rows) {
    if (row.cells.every((c) => !c)) continue;
    const cells = row.cells.map((c, i) => `${formatEstimate(c, row.headline.unit)}${row.best.includes(i) ? '*' : ' '}`.padStart(cellWidth));
    lines.push(`  ${en.metric[row.headline.key].padEnd(labelWidth)}${cells.join('')}`);
  }
  // Each organisation's warnings next to its results: what a reader must weigh before trusting them.
  results.forEach((r) => {
    const warnings = warningsOf(r.summary);
    if (warnings.length) lines.push('', `${r.organisation}:`, ...warnings.map((w) => `  WARNING: ${warningText(w)}`));
  });
  return lines.join('\n');
}
