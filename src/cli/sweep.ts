/**
 * `npm run sweep -- <company id or scenario file> [--orgs a,b,…] [--volume 0.25:4:9]
 *   [--replications 5] [--target sla:0.8] [--baseline funnel] [--hours …] [--seed S] [--days D]
 *   [--out f.json|f.csv] [--threads T] [--shard k/n]`
 *
 * Each organisation as written against volume: service level, answered share, public coverage and
 * cost per resolved message with 95% intervals, the breaking volume (first point missing the
 * target) and paired differences against the baseline. Exit codes: 0 done, 2 bad input, 1 other.
 */
import { finishSweep, readVolumes, runSweepCells, type SweepSettings, type SweepShard } from '../study/sweep';
import { intFlag, parseArgs, UsageError } from './args';
import { readStudyInput, STUDY_OPTIONS, writeOut, type StudyInput } from './study-input';
import { printSweep, sweepCsv } from './study-report';
import { threadPool } from './thread-pool';

const USAGE = 'usage: npm run sweep -- <company id or scenario file> [--orgs a,b,…] [--volume 0.25:4:9] [--replications 5] [--target sla:0.8] [--baseline funnel] [--hours preset|office|extended|24/7] [--seed S] [--days D] [--out f.json|f.csv] [--threads T] [--shard k/n]';

async function main(argv: string[]): Promise<number> {
  let input: StudyInput, settings: SweepSettings;
  try {
    const args = parseArgs(argv, [...STUDY_OPTIONS, 'volume', 'replications'], ['quiet', 'help']);
    if (args.flags.has('help')) { console.log(USAGE); return 0; }
    const volumes = readVolumes(args.flags.get('volume') ?? '0.25:4:9');
    if (typeof volumes === 'string') throw new UsageError(volumes);
    input = readStudyInput(args, 'sla:0.8');
    const replications = intFlag(args, 'replications', 2, 200) ?? 5;
    settings = {
      company: input.company, organisations: input.organisations, volumes, replications, seed: input.seed, horizonDays: input.horizonDays,
      target: input.target, baseline: input.baseline, hours: input.hours, currency: input.currency,
    };
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const quiet = argv.includes('--quiet');
  const pool = threadPool(input.threads);
  try {
    const cells = await runSweepCells(input.scenarios, settings, {
      evaluator: pool,
      shard: input.shard,
      onCell: quiet || !process.stderr.isTTY ? undefined : (c, done, total) => process.stderr.write(`\r${done}/${total} points (${c.organisation} ×${c.volume})        ${done === total ? '\n' : ''}`),
    });
    if (input.shard) {
      const shard: SweepShard = { kind: 'sweep-shard', settings, shard: input.shard, cells };
      if (!quiet) console.log(`shard ${input.shard.index}/${input.shard.count}: ${cells.length} points; merge the shards' JSON with npm run merge`);
      writeOut(input.out!, shard, () => '');
      return 0;
    }
    const study = finishSweep(settings, cells);
    if (!quiet) console.log(printSweep(study));
    if (input.out) {
      writeOut(input.out, study, () => sweepCsv(study));
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
