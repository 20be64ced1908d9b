/**
 * How precise are the benchmark's accuracy checks? Runs the hand-written M/M/c loop on many seeds
 * and prints the spread of the mean-wait and P(wait) estimators across runs, which is where
 * REL_SD_AT_1M in mmc-common.ts comes from. Not part of `npm run bench`; run it by hand:
 *   npx tsx tests/bench/tolerance-study.ts [--customers N] [--seeds K]
 */
import { runHandwrittenMmc } from './handwritten-mmc';
import { DEFAULT_PARAMS, theory } from './mmc-common';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const params = { ...DEFAULT_PARAMS, customers: arg('--customers', 1_000_000) };
const seeds = arg('--seeds', 200);
const ref = theory(params);
const waits: number[] = [];
const pWaits: number[] = [];
for (let s = 0; s < seeds; s++) {
  const r = runHandwrittenMmc(params, 1000 + s);
  waits.push(r.meanWait);
  pWaits.push(r.probabilityOfWaiting);
}
const summary = (xs: number[], truth: number, label: string) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
  const worst = Math.max(...xs.map((x) => Math.abs(x / truth - 1)));
  console.log(`${label}: truth ${truth.toFixed(4)}  mean of runs ${mean.toFixed(4)} (bias ${((mean / truth - 1) * 100).toFixed(2)} %, ±${((sd / Math.sqrt(xs.length) / truth) * 100).toFixed(2)} %)  relative sd per run ${(sd / truth).toFixed(4)}  worst run ${(worst * 100).toFixed(2)} %`);
};
console.log(`${seeds} runs of ${params.customers} customers`);
summary(waits, ref.meanWait, 'mean wait');
summary(pWaits, ref.probabilityOfWaiting, 'P(wait)  ');
