/**
 * `npm run sweep -- <company or scenario file> [options]` (`--help` lists them)
 *
 * Each organisation as written against volume: service level, answered share, public coverage and
 * cost per resolved message with 95% intervals, the breaking volume (first point missing the
 * target) and paired differences against the baseline.
 */
import { finishSweep, readVolumes, runSweepCells, type SweepSettings, type SweepShard } from '../../study/sweep';
import { UsageError, wholeNumberOption, type CommandMain, type CommandSpec } from '../args';
import { writeOutput } from '../files';
import { readStudyInput, STUDY_NOTES, STUDY_OPTIONS, STUDY_POSITIONAL } from '../study-input';
import { printSweep, sweepCsv } from '../study-report';
import { threadPool } from '../thread-pool';

export const SWEEP: CommandSpec<(typeof STUDY_OPTIONS)[number] | 'volume' | 'replications'> = {
  name: 'sweep',
  summary: 'Runs each organisation from a fraction to a multiple of today\'s volume and reports service, coverage and cost with 95% intervals, the breaking volume of each and paired differences against the baseline.',
  positionals: [STUDY_POSITIONAL],
  options: [...STUDY_OPTIONS, 'volume', 'replications'],
  notes: { ...STUDY_NOTES, volume: 'from 0.1 to 10, 2 to 41 points (default 0.25:4:9)', replications: 'per point, 2 to 200 (default 5)', target: 'its first miss is the breaking volume (default sla:0.8)' },
  examples: [
    'npm run sweep -- sme --volume 0.25:4:9',
    'npm run sweep -- bank --orgs funnel,coordinator,multi-team --replications 10 --out bank-sweep.csv',
    'npm run sweep -- sme --shard 2/3 --out part-2.json   (then npm run merge -- part-*.json)',
  ],
};

export const sweep: CommandMain<(typeof SWEEP.options)[number]> = async ({ positionals, values }, io) => {
  const volumes = readVolumes(values.volume ?? '0.25:4:9');
  if (typeof volumes === 'string') throw new UsageError(volumes);
  const input = readStudyInput(positionals[0]!, values);
  const settings: SweepSettings = {
    company: input.company, organisations: input.organisations, volumes, replications: wholeNumberOption(values.replications, 'replications', 2, 200) ?? 5,
    seed: input.seed, horizonDays: input.horizonDays, target: input.target, baseline: input.baseline, hours: input.hours, currency: input.currency,
  };
  const quiet = values.quiet === true;
  const pool = threadPool(input.threads);
  try {
    const cells = await runSweepCells(input.scenarios, settings, {
      evaluator: pool,
      ...(input.shard ? { shard: input.shard } : {}),
      ...(quiet || !io.tty ? {} : { onCell: (c, done, total) => io.err(`\r${done}/${total} points (${c.organisation} ×${c.volume})        ${done === total ? '\n' : ''}`) }),
    });
    if (input.shard) {
      const shard: SweepShard = { kind: 'sweep-shard', settings, shard: input.shard, cells };
      writeOutput(input.out!, JSON.stringify(shard, null, 2) + '\n');
      if (!quiet) io.out(`shard ${input.shard.index}/${input.shard.count}: ${cells.length} points written to ${input.out}; join the shards with npm run merge`);
      return 0;
    }
    const study = finishSweep(settings, cells);
    if (!quiet) io.out(printSweep(study));
    if (input.out) {
      writeOutput(input.out, /\.csv$/i.test(input.out) ? sweepCsv(study) : JSON.stringify(study, null, 2) + '\n');
      if (!quiet) io.out(`\nresults written to ${input.out}`);
    }
    return 0;
  } finally {
    await pool.close();
  }
};
