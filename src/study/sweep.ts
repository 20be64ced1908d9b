/**
 * A volume sweep: each organisation, as written, from a fraction to a multiple of today's volume;
 * service level, answered share, public coverage and cost per resolved message at each point with
 * their 95% intervals, the breaking volume (the first point whose mean misses the target), and
 * paired differences against a baseline organisation on the same seeds.
 *
 * The study is a list of cells (organisation × volume point) computed independently and finished
 * by one pure function, so shards merge into exactly the single run's result. Shared by
 * `npm run sweep` and the app.
 */
import type { Estimate } from '../metrics/aggregate';
import { applyLevers, NEUTRAL_LEVERS } from '../scenario/levers';
import type { Scenario } from '../scenario/load';
import { estimateOf, pairedDifference, type Evaluator, type RepValues } from './evaluate';
import { inShard, type Shard } from './shard';
import { metricKey, readTargets, withTargetTimes } from './target';

export interface SweepSettings {
  company: string;
  organisations: string[];
  /** Volume multipliers, ascending. */
  volumes: number[];
  replications: number;
  seed: number;
  horizonDays: number;
  /** The target whose first miss marks the breaking volume. */
  target: string;
  baseline: string;
  hours: string;
  currency: string;
}

/** What the sweep draws: service, coverage and cost. */
export const SWEEP_KEYS = ['sla.attainment', 'coverage.answered', 'coverage.public', 'cost.perResolved', 'cost.staffPerMonth', 'cost.fte', 'messages.perDay'];

export interface SweepCell {
  organisation: string;
  volume: number;
  /** Only the figures the sweep reports, per replication. */
  runs: RepValues[];
}

export interface SweepPoint {
  volume: number;
  metrics: Record<string, Estimate>;
  /** This organisation minus the baseline at the same volume (absent for the baseline). */
  versusBaseline?: Record<string, Estimate>;
}

export interface SweepOrganisation {
  organisation: string;
  points: SweepPoint[];
  /** First volume whose mean misses a target, or null if every point meets them. */
  breakingVolume: number | null;
}

export interface SweepStudy {
  kind: 'sweep';
  settings: SweepSettings;
  organisations: SweepOrganisation[];
}

export interface SweepShard {
  kind: 'sweep-shard';
  settings: SweepSettings;
  shard: Shard;
  cells: SweepCell[];
}

/** Reads "0.25:4:9": 9 points from 0.25 to 4, spaced geometrically (so today's volume is the middle). */
export function readVolumes(text: string): number[] | string {
  const parts = text.split(':').map(Number);
  const [from, to, count] = parts as [number, number, number];
  const fix = 'write --volume from:to:points, e.g. 0.25:4:9 (volumes from 0.1 to 10, 2 to 41 points)';
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return `--volume "${text.slice(0, 30)}" is not understood; ${fix}`;
  if (!(from >= 0.1 && to <= 10 && from < to)) return `--volume must go up from at least 0.1 to at most 10 (got ${from} to ${to}); ${fix}`;
  if (!(Number.isInteger(count) && count >= 2 && count <= 41)) return `--volume needs 2 to 41 points (got ${count}); ${fix}`;
  return Array.from({ length: count }, (_, i) => Math.round(from * (to / from) ** (i / (count - 1)) * 1e4) / 1e4);
}

export const cellCount = (s: SweepSettings) => s.organisations.length * s.volumes.length;

export interface SweepRun {
  evaluator: Evaluator;
  /** Each cell as it is finished (in cell order within an organisation). */
  onCell?: (cell: SweepCell, done: number, total: number) => void;
  cancelled?: () => boolean;
  shard?: Shard;
}

/** Runs the cells of the study (or of one shard); scenarios in the order of settings.organisations. */
export async function runSweepCells(scenarios: readonly Scenario[], settings: SweepSettings, run: SweepRun): Promise<SweepCell[]> {
  const { targets } = readTargets(settings.target);
  const keep = [...new Set([...SWEEP_KEYS, ...targets.map(metricKey)])];
  const indices = Array.from({ length: cellCount(settings) }, (_, i) => i).filter((i) => !run.shard || inShard(i, run.shard));
  const reps = Array.from({ length: settings.replications }, (_, r) => r);
  let done = 0;
  // Every cell is queued at once so all threads stay busy; results are kept in cell order.
  const cells = await Promise.all(
    indices.map(async (i) => {
      const o = Math.floor(i / settings.volumes.length), volume = settings.volumes[i % settings.volumes.length]!;
      if (run.cancelled?.()) return undefined;
      const scenario = withTargetTimes(applyLevers(scenarios[o]!, { ...NEUTRAL_LEVERS, volume }), targets);
      const runs = await run.evaluator.run(`${scenario.organisation.id}|volume=${volume}`, scenario, reps);
      const cell: SweepCell = { organisation: settings.organisations[o]!, volume, runs: runs.map((v) => Object.fromEntries(keep.filter((k) => k in v).map((k) => [k, v[k]!]))) };
      run.onCell?.(cell, ++done, indices.length);
      return cell;
    }),
  );
  return cells.filter((c): c is SweepCell => c !== undefined);
}

/** The study from its cells (all of them, or those finished so far). */
export function finishSweep(settings: SweepSettings, cells: readonly SweepCell[]): SweepStudy {
  const { targets } = readTargets(settings.target);
  const find = (o: string, v: number) => cells.find((c) => c.organisation === o && c.volume === v);
  const organisations = settings.organisations.map((organisation) => {
    const points: SweepPoint[] = [];
    for (const volume of settings.volumes) {
      const cell = find(organisation, volume);
      if (!cell) continue;
      const keys = Object.keys(cell.runs[0] ?? {});
      const point: SweepPoint = { volume, metrics: Object.fromEntries(keys.map((k) => [k, estimateOf(cell.runs, k)])) };
      const base = organisation === settings.baseline ? undefined : find(settings.baseline, volume);
      if (base) point.versusBaseline = Object.fromEntries(keys.map((k) => [k, pairedDifference(cell.runs, base.runs, k)]));
      points.push(point);
    }
    const broken = points.find((p) => targets.some((t) => !((p.metrics[metricKey(t)]?.mean ?? -Infinity) >= t.level)));
    return { organisation, points, breakingVolume: broken ? broken.volume : null };
  });
  return { kind: 'sweep', settings, organisations };
}

/** Merges shards into the single run's study; names what is missing or does not fit. */
export function mergeSweep(shards: readonly SweepShard[]): SweepStudy {
  const settings = shards[0]!.settings;
  for (const s of shards) if (JSON.stringify(s.settings) !== JSON.stringify(settings)) throw new Error('the shards come from studies with different settings; run every shard with the same options');
  const cells = shards.flatMap((s) => s.cells);
  const have = new Set(cells.map((c) => `${c.organisation}|${c.volume}`));
  const missing = settings.organisations.flatMap((o) => settings.volumes.filter((v) => !have.has(`${o}|${v}`)).map((v) => `${o} at ×${v}`));
  if (missing.length) throw new Error(`no shard holds ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}: run the missing shards (--shard k/${shards[0]!.shard.count}) and merge them all`);
  return finishSweep(settings, cells);
}
