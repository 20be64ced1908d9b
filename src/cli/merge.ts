/**
 * `npm run merge -- part-1.json part-2.json … [--out f.json|f.csv] [--quiet]`
 *
 * Joins the shards of one `size` or `sweep` study (run with --shard k/n, anywhere) into exactly
 * the result a single run gives. Exit codes: 0 done, 2 shards missing, mixed or unreadable.
 */
import { readFileSync } from 'node:fs';
import { mergeSizing, type SizingShard } from '../study/sizing-study';
import { mergeSweep, type SweepShard } from '../study/sweep';
import { parseArgs } from './args';
import { writeOut } from './study-input';
import { printSizing, printSweep, sizingCsv, sweepCsv } from './study-report';

const USAGE = 'usage: npm run merge -- part-1.json part-2.json … [--out f.json|f.csv] [--quiet]';

function main(argv: string[]): number {
  try {
    const args = parseArgs(argv, ['out'], ['quiet', 'help']);
    if (args.flags.has('help')) { console.log(USAGE); return 0; }
    if (args.positional.length === 0) throw new Error('name the shard files to merge');
    const out = args.flags.get('out');
    if (out !== undefined && !/\.(json|csv)$/i.test(out)) throw new Error('--out must end in .json or .csv');
    const shards = args.positional.map((path) => {
      let data: { kind?: unknown };
      try { data = JSON.parse(readFileSync(path, 'utf8')) as { kind?: unknown }; } catch (e) { throw new Error(`cannot read ${path}: ${(e as Error).message}`); }
      if (data.kind !== 'sizing-shard' && data.kind !== 'sweep-shard') throw new Error(`${path} is not a shard (written by size or sweep with --shard k/n --out part.json)`);
      return data as SizingShard | SweepShard;
    });
    const kinds = new Set(shards.map((s) => s.kind));
    if (kinds.size > 1) throw new Error('the files mix sizing and sweep shards; merge each study on its own');
    const quiet = args.flags.has('quiet');
    if (shards[0]!.kind === 'sizing-shard') {
      const study = mergeSizing(shards as SizingShard[]);
      if (!quiet) console.log(printSizing(study.settings, study.results));
      if (out) writeOut(out, study, () => sizingCsv(study.results));
    } else {
      const study = mergeSweep(shards as SweepShard[]);
      if (!quiet) console.log(printSweep(study));
      if (out) writeOut(out, study, () => sweepCsv(study));
    }
    return 0;
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
