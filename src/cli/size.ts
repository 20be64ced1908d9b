/**
 * `npm run size -- <company id, company file or scenario file> [--orgs a,b,…] [--target sla:0.8]
 *   [--hours preset|office|extended|24/7] [--baseline funnel] [--seed S] [--days D]
 *   [--min-reps 4] [--max-reps 32] [--replications 5] [--out f.json|f.csv] [--threads T] [--shard k/n]`
 *
 * Equal service: each organisation's least-cost staffing meeting the target with 95% confidence
 * (see src/study/size.ts for the method), the people of every unit, FTE, cost per month and the
 * figures at that staffing; equal budget: each organisation at the baseline's staff cost, with
 * paired differences. `--shard k/n` runs every n-th organisation; `npm run merge` joins the
 * shards' JSON files. Exit codes: 0 done, 2 bad input (the option and the fix on stderr), 1 other.
 */
import type { Replicating } from '../study/evaluate';
import { runSizing, type SizingSettings, type SizingShard, type SizingStudy } from '../study/sizing-study';
import { intFlag, parseArgs, UsageError } from './args';
import { readStudyInput, STUDY_OPTIONS, writeOut, type StudyInput } from './study-input';
import { printSizing, sizingCsv } from './study-report';
import { threadPool } from './thread-pool';

const USAGE = 'usage: npm run size -- <company id or scenario file> [--orgs a,b,…] [--target sla:0.8] [--hours preset|office|extended|24/7] [--baseline funnel] [--seed S] [--days D] [--min-reps 4] [--max-reps 32] [--replications 5] [--out f.json|f.csv] [--threads T] [--shard k/n]';

function readReplicating(args: ReturnType<typeof parseArgs>): { replicating: Replicating; replications: number } {
  const min = intFlag(args, 'min-reps', 2, 100) ?? 4;
  const max = intFlag(args, 'max-reps', 2, 200) ?? 32;
  if (max < min) throw new UsageError(`--max-reps (${max}) must be at least --min-reps (${min})`);
  return { replicating: { min, max }, replications: intFlag(args, 'replications', 2, 200) ?? 5 };
}

async function main(argv: string[]): Promise<number> {
  let input: StudyInput, settings: SizingSettings;
  try {
    const args = parseArgs(argv, [...STUDY_OPTIONS, 'min-reps', 'max-reps', 'replications'], ['quiet', 'help']);
    if (args.flags.has('help')) { console.log(USAGE); return 0; }
    input = readStudyInput(args, 'sla:0.8');
    const { replicating, replications } = readReplicating(args);
    settings = {
      company: input.company, organisations: input.organisations, target: input.target, seed: input.seed, horizonDays: input.horizonDays,
      replicating, replications, baseline: input.baseline, hours: input.hours, currency: input.currency,
    };
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const quiet = process.argv.includes('--quiet');
  const pool = threadPool(input.threads);
  try {
    const results = await runSizing(input.scenarios, settings, {
      evaluator: pool,
      shard: input.shard,
      onProgress: quiet || !process.stderr.isTTY ? undefined : (p) => process.stderr.write(`\r${p.organisation}: ${p.phase}, ${Math.round(p.cost).toLocaleString('en-US')} ${settings.currency}/month        `),
    });
    const study: SizingStudy | SizingShard = input.shard ? { kind: 'sizing-shard', settings, shard: input.shard, results } : { kind: 'sizing', settings, results };
    if (!quiet) console.log(printSizing(settings, results));
    if (input.out) {
      writeOut(input.out, study, () => sizingCsv(results));
      if (!quiet) console.log(`\nresults written to ${input.out}`);
    }
    return 0;
  } finally {
    await pool.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { console.error((e as Error).stack ?? e); process.exitCode = 1; },
);
