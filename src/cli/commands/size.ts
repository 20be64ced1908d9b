/**
 * `npm run size -- <company or scenario file> [options]` (`--help` lists them)
 *
 * Equal service: each organisation's least-cost staffing meeting the target with 95% confidence
 * (method in src/study/README.md), the people of every unit, FTE, cost per month and the figures at
 * that staffing, or why it cannot; equal budget: each organisation at the baseline's staff cost,
 * with paired differences. `--shard k/n` runs every n-th organisation; `npm run merge` joins them.
 */
import { runSizing, type SizingSettings, type SizingShard, type SizingStudy } from '../../study/sizing-study';
import { UsageError, wholeNumberOption, type CommandMain, type CommandSpec } from '../args';
import { writeOutput } from '../files';
import { readStudyInput, STUDY_NOTES, STUDY_OPTIONS, STUDY_POSITIONAL } from '../study-input';
import { printSizing, sizingCsv } from '../study-report';
import { threadPool } from '../thread-pool';

export const SIZE: CommandSpec<(typeof STUDY_OPTIONS)[number] | 'min-reps' | 'max-reps' | 'replications'> = {
  name: 'size',
  summary: 'Equal service and equal budget: sizes each organisation to the least-cost staffing meeting the target with 95% confidence (or says why it cannot), then runs each at the baseline\'s cost.',
  positionals: [STUDY_POSITIONAL],
  options: [...STUDY_OPTIONS, 'min-reps', 'max-reps', 'replications'],
  notes: { ...STUDY_NOTES, 'min-reps': '2 to 100 (default 4)', 'max-reps': '2 to 200 (default 32)', replications: 'of the equal-budget runs, 2 to 200 (default 5)' },
  examples: [
    'npm run size -- sme --target sla:0.8',
    'npm run size -- bank --orgs funnel,coordinator --target "sla:0.9@intent:complaint/60m" --hours extended --out bank.csv',
    'npm run size -- scenarios/mmc-erlang.yaml --target sla:0.8/20s',
    'npm run size -- sme --shard 1/2 --out part-1.json   (then npm run merge -- part-1.json part-2.json)',
  ],
};

export const size: CommandMain<(typeof SIZE.options)[number]> = async ({ positionals, values }, io) => {
  const input = readStudyInput(positionals[0]!, values);
  const min = wholeNumberOption(values['min-reps'], 'min-reps', 2, 100) ?? 4;
  const max = wholeNumberOption(values['max-reps'], 'max-reps', 2, 200) ?? 32;
  if (max < min) throw new UsageError(`--max-reps (${max}) must be at least --min-reps (${min})`);
  const settings: SizingSettings = {
    company: input.company, organisations: input.organisations, target: input.target, seed: input.seed, horizonDays: input.horizonDays,
    replicating: { min, max }, replications: wholeNumberOption(values.replications, 'replications', 2, 200) ?? 5,
    baseline: input.baseline, hours: input.hours, currency: input.currency,
  };
  const quiet = values.quiet === true;
  const pool = threadPool(input.threads);
  try {
    const results = await runSizing(input.scenarios, settings, {
      evaluator: pool,
      ...(input.shard ? { shard: input.shard } : {}),
      ...(quiet || !io.tty ? {} : { onProgress: (p) => io.err(`\r${p.organisation}: ${p.phase}, ${Math.round(p.cost).toLocaleString('en-US')} ${settings.currency}/month        `) }),
    });
    if (!quiet && io.tty) io.err('\n');
    const study: SizingStudy | SizingShard = input.shard ? { kind: 'sizing-shard', settings, shard: input.shard, results } : { kind: 'sizing', settings, results };
    if (!quiet) io.out(printSizing(settings, results));
    if (input.out) {
      writeOutput(input.out, /\.csv$/i.test(input.out) ? sizingCsv(results) : JSON.stringify(study, null, 2) + '\n');
      if (!quiet) io.out(`\nresults written to ${input.out}`);
    }
    return 0;
  } finally {
    await pool.close();
  }
};
