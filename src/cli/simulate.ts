/**
 * `npm run simulate -- <scenario> [--replications N] [--seed S] [--out results.json|.csv] [--threads T]`
 *
 * Runs any runnable scenario file (a scenario, or an organisation naming its company) with the
 * same engine as the app. Exit codes: 0 success, 2 invalid scenario or usage (messages on stderr),
 * 3 a replication ran out of its event budget, 1 anything else.
 */
import { writeFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load';
import { describeIssues } from '../scenario/issues';
import { LIMITS } from '../scenario/limits';
import { textOf } from '../scenario/text';
import { parseArgs, intFlag, UsageError } from './args';
import { displayName, fileResolver, readScenarioFile } from './files';
import { runScenarioParallel } from './parallel';
import { toCsv } from '../metrics/export';
import { textSummary, toJson } from './report';

const USAGE = 'usage: npm run simulate -- <scenario.yaml> [--replications N] [--seed S] [--out results.json|results.csv] [--threads T] [--quiet]';

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, ['replications', 'seed', 'out', 'threads'], ['quiet', 'help']);
    if (args.flags.has('help')) { console.log(USAGE); return 0; }
    if (args.positional.length !== 1) throw new UsageError('name exactly one scenario file');
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const overrides: Record<string, number> = {};
  let threads: number | undefined;
  try {
    const replications = intFlag(args, 'replications', 1, LIMITS.replications);
    const seed = intFlag(args, 'seed', 0, LIMITS.seed);
    threads = intFlag(args, 'threads', 1, 64);
    if (replications !== undefined) overrides.replications = replications;
    if (seed !== undefined) overrides.seed = seed;
    const out = args.flags.get('out');
    if (out !== undefined && !/\.(json|csv)$/i.test(out)) throw new UsageError('--out must end in .json or .csv');
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const path = args.positional[0]!;
  let text: string;
  try {
    text = readScenarioFile(path);
  } catch (e) {
    console.error(`cannot read ${path}: ${(e as Error).message}`);
    return 2;
  }
  const loaded = loadScenario(text, displayName(path), fileResolver, overrides);
  if (!loaded.ok) {
    console.error(`${displayName(path)} is not a valid scenario (${loaded.issues.length} problem${loaded.issues.length > 1 ? 's' : ''}):\n${describeIssues(loaded.issues)}`);
    return 2;
  }
  const scenario = loaded.value;
  const quiet = args.flags.has('quiet');
  const result = await runScenarioParallel(scenario, {
    threads,
    onReplication: quiet || !process.stderr.isTTY ? undefined : (done, total) => process.stderr.write(`\rreplication ${done}/${total}${done === total ? '\n' : ''}`),
  });
  if (!quiet) console.log(textSummary(result, textOf(scenario.name, 'en')));
  const out = args.flags.get('out');
  if (out) {
    writeFileSync(out, /\.csv$/i.test(out) ? toCsv([result]) : toJson(result));
    if (!quiet) console.log(`\nresults written to ${out}`);
  }
  return result.summary.runs.some((r) => r.stopReason === 'budget') ? 3 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { console.error((e as Error).stack ?? e); process.exitCode = 1; },
);
