/**
 * `npm run merge -- part-1.json part-2.json … [--out f.json|f.csv]`
 *
 * Joins the shards of one `size` or `sweep` study (run with --shard k/n, anywhere) into exactly
 * the result a single run gives.
 */
import { readFileSync } from 'node:fs';
import { mergeSizing, type SizingShard } from '../../study/sizing-study';
import { mergeSweep, type SweepShard } from '../../study/sweep';
import { InputError, type CommandMain, type CommandSpec } from '../args';
import { checkOutput, writeOutput } from '../files';
import { printSizing, printSweep, sizingCsv, sweepCsv } from '../study-report';

export const MERGE: CommandSpec<'out'> = {
  name: 'merge',
  summary: 'Joins the shards of a size or sweep study (each run with --shard k/n --out part-k.json) into exactly the single run\'s result.',
  positionals: [{ name: 'shard.json', help: 'the shard files, every one of the study', many: true }],
  options: ['out'],
  examples: ['npm run merge -- part-1.json part-2.json --out study.json'],
};

export const merge: CommandMain<'out'> = async ({ positionals, values }, io) => {
  if (values.out !== undefined) checkOutput(values.out);
  const shards = positionals.map((path) => {
    let data: { kind?: unknown };
    try { data = JSON.parse(readFileSync(path, 'utf8')) as { kind?: unknown }; } catch (e) { throw new InputError(`cannot read ${path}: ${(e as Error).message}`); }
    if (data?.kind !== 'sizing-shard' && data?.kind !== 'sweep-shard') throw new InputError(`${path} is not a shard (written by size or sweep with --shard k/n --out part.json)`);
    return data as SizingShard | SweepShard;
  });
  if (new Set(shards.map((s) => s.kind)).size > 1) throw new InputError('the files mix sizing and sweep shards; merge each study on its own');
  const quiet = values.quiet === true;
  try {
    if (shards[0]!.kind === 'sizing-shard') {
      const study = mergeSizing(shards as SizingShard[]);
      if (!quiet) io.out(printSizing(study.settings, study.results));
      if (values.out) writeOutput(values.out, /\.csv$/i.test(values.out) ? sizingCsv(study.results) : JSON.stringify(study, null, 2) + '\n');
    } else {
      const study = mergeSweep(shards as SweepShard[]);
      if (!quiet) io.out(printSweep(study));
      if (values.out) writeOutput(values.out, /\.csv$/i.test(values.out) ? sweepCsv(study) : JSON.stringify(study, null, 2) + '\n');
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError((e as Error).message);
  }
  return 0;
};
