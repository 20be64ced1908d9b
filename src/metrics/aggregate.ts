/**
 * Replications to estimates: each figure's mean with its 95% confidence interval, flows and series
 * averaged over replications. Pure; key order is stable so the JSON is byte-identical run to run.
 */
import type { Distributions, Flows, RunMetrics, Series } from './run-metrics';
import { confidenceInterval } from './stats';

export interface Estimate {
  mean: number;
  /** Half-width of the 95% confidence interval over replications (0 with one replication). */
  ci: number;
  /** Replications in which the figure could be measured. */
  n: number;
}

export interface RunInfo {
  replication: number;
  seed: number;
  events: number;
  stopReason: string;
}

export interface Summary {
  metrics: Record<string, Estimate>;
  flows: Flows;
  series: Series;
  /** Quantiles averaged over the replications that measured them (Vincent averaging). */
  distributions: Distributions;
  runs: RunInfo[];
}

export function aggregate(runs: readonly RunMetrics[], infos: readonly RunInfo[]): Summary {
  const keys = new Set<string>();
  for (const r of runs) for (const k of Object.keys(r.values)) keys.add(k);
  const metrics: Record<string, Estimate> = {};
  for (const key of [...keys].sort()) {
    const observed = runs.map((r) => r.values[key]).filter((v): v is number => v !== undefined && Number.isFinite(v));
    if (observed.length === 0) continue;
    const { mean, halfWidth, n } = confidenceInterval(observed);
    metrics[key] = { mean, ci: halfWidth, n };
  }
  const vincent = (pick: (d: Distributions) => number[]) => averageArrays(runs.map((r) => pick(r.distributions)).filter((q) => q.length > 0));
  return {
    metrics,
    flows: averageFlows(runs.map((r) => r.flows)),
    series: averageSeries(runs.map((r) => r.series)),
    distributions: { firstResponse: vincent((d) => d.firstResponse), resolution: vincent((d) => d.resolution) },
    runs: [...infos],
  };
}

function averageTriples(lists: [string, string, number][][], n: number): [string, string, number][] {
  const sums = new Map<string, number>();
  for (const list of lists) for (const [a, b, v] of list) sums.set(`${a}\u0000${b}`, (sums.get(`${a}\u0000${b}`) ?? 0) + v);
  return [...sums].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([k, v]) => [...(k.split('\u0000') as [string, string]), v / n]);
}

function averageFlows(flows: Flows[]): Flows {
  return { links: averageTriples(flows.map((f) => f.links), flows.length), referrals: averageTriples(flows.map((f) => f.referrals), flows.length) };
}

function averageArrays(arrays: number[][]): number[] {
  const first = arrays[0] ?? [];
  return first.map((_, i) => arrays.reduce((s, a) => s + (a[i] ?? 0), 0) / arrays.length);
}

function averageRecord(records: Record<string, number[]>[]): Record<string, number[]> {
  const first = records[0] ?? {};
  return Object.fromEntries(Object.keys(first).map((k) => [k, averageArrays(records.map((r) => r[k] ?? []))]));
}

function averageSeries(series: Series[]): Series {
  const first = series[0]!;
  return {
    interval: first.interval,
    arrivals: averageArrays(series.map((s) => s.arrivals)),
    visibility: averageArrays(series.map((s) => s.visibility)),
    crisisMultiplier: averageArrays(series.map((s) => s.crisisMultiplier)),
    utilisation: averageRecord(series.map((s) => s.utilisation)),
    backlog: averageRecord(series.map((s) => s.backlog)),
    onDuty: averageRecord(series.map((s) => s.onDuty)),
    participation: averageRecord(series.map((s) => s.participation)),
  };
}
