/**
 * `npm run simulate -- <scenario> [options]` (`--help` lists them)
 *
 * Runs any runnable scenario file (a scenario, or an organisation naming its company) with the
 * same engine as the app, and prints a summary with 95% confidence intervals.
 */
import { loadScenario } from '../../scenario/load';
import { describeIssues } from '../../scenario/issues';
import { LIMITS } from '../../scenario/limits';
import { textOf } from '../../scenario/text';
import { EXIT, InputError, type CommandMain, wholeNumberOption, type CommandSpec } from '../args';
import { checkOutput, displayName, fileResolver, readScenarioFile, writeOutput } from '../files';
import { runScenarioParallel } from '../parallel';
import { toCsv } from '../../metrics/export';
import { stoppedByBudget, textSummary, toJson } from '../report';

export const SIMULATE: CommandSpec<'replications' | 'seed' | 'out' | 'threads' | 'memory-budget'> = {
  name: 'simulate',
  summary: 'Runs one scenario or organisation file and prints a summary with 95% confidence intervals.',
  positionals: [{ name: 'scenario', help: 'a scenario file, or an organisation file naming its company (.yaml, .yml or .json)' }],
  options: ['replications', 'seed', 'out', 'threads', 'memory-budget'],
  notes: {
    replications: `1 to ${LIMITS.replications} (default: the file's, else 5)`,
    seed: `a whole number from 0 to ${LIMITS.seed} (default: the file's, else 1)`,
    threads: '1 to 64',
    'memory-budget': `1 to ${LIMITS.memoryBudgetMB} (default: the file's, else 1000), per replication: each thread runs one at a time`,
  },
  examples: [
    'npm run simulate -- scenarios/organisations/funnel.yaml --replications 10 --out funnel.json',
    'npm run simulate -- scenarios/tandem-jackson.yaml --seed 7 --quiet --out tandem.csv',
  ],
};

export const simulate: CommandMain<(typeof SIMULATE.options)[number]> = async ({ positionals, values }, io) => {
  const overrides: Record<string, number> = {};
  const replications = wholeNumberOption(values.replications, 'replications', 1, LIMITS.replications);
  const seed = wholeNumberOption(values.seed, 'seed', 0, LIMITS.seed);
  const threads = wholeNumberOption(values.threads, 'threads', 1, 64);
  if (replications !== undefined) overrides.replications = replications;
  if (seed !== undefined) overrides.seed = seed;
  const memory = wholeNumberOption(values['memory-budget'], 'memory-budget', 1, LIMITS.memoryBudgetMB);
  if (memory !== undefined) overrides.memoryBudgetMB = memory;
  if (values.out !== undefined) checkOutput(values.out);
  const path = positionals[0]!;
  const text = readScenarioFile(path);
  const loaded = loadScenario(text, displayName(path), fileResolver, overrides);
  if (!loaded.ok) {
    throw new InputError(`${displayName(path)} is not a valid scenario (${loaded.issues.length} problem${loaded.issues.length > 1 ? 's' : ''}):\n${describeIssues(loaded.issues)}`);
  }
  const scenario = loaded.value;
  const quiet = values.quiet === true;
  const result = await runScenarioParallel(scenario, {
    threads,
    onReplication: quiet || !io.tty ? undefined : (done, total) => io.err(`\rreplication ${done}/${total}${done === total ? '\n' : ''}`),
  });
  if (!quiet) io.out(textSummary(result, textOf(scenario.name, 'en')));
  if (values.out !== undefined) {
    writeOutput(values.out, /\.csv$/i.test(values.out) ? toCsv([result]) : toJson(result));
    if (!quiet) io.out(`\nresults written to ${values.out}`);
  }
  return stoppedByBudget([result]) ? EXIT.budget : EXIT.ok;
};
