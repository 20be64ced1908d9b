/**
 * The page's side of studies: loads the organisations from the bundled presets, runs the study's
 * search on the page (it only decides; it simulates nothing) and its replications on up to one Web
 * Worker per core. Cancelling drops the queued replications and keeps what was finished. The study
 * code and the seeds are the CLI's, so the numbers are the CLI's for the same settings.
 */
import { loadComparison } from '../scenario/comparison';
import { describeIssues } from '../scenario/issues';
import { NEUTRAL_LEVERS, type Levers } from '../scenario/levers';
import { loadCompany } from '../scenario/load';
import { withDrafts, type DraftFile } from '../scenario/drafts';
import { presetResolver } from '../scenario/presets';
import { Cancelled, replicationPool, type Pool, type ReplicationReply } from '../study/replication-pool';
import type { Progress } from '../study/size';
import { runSizing, type SizedOrganisation, type SizingSettings } from '../study/sizing-study';
import { runSweepCells, type SweepCell, type SweepSettings } from '../study/sweep';

export type StudyEnd = { type: 'done' } | { type: 'cancelled' } | { type: 'error'; message: string };

export interface StudyHandle {
  done: Promise<StudyEnd>;
  cancel(): void;
}

const CORES = Math.max(1, Math.min(4, typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1));

function webPool(): Pool {
  return replicationPool(() => {
    const worker = new Worker(new URL('./study.worker.ts', import.meta.url), { type: 'module' });
    return {
      post: (request) => worker.postMessage(request),
      listen: (onReply, onError) => {
        worker.onmessage = (event: MessageEvent<ReplicationReply>) => onReply(event.data);
        worker.onerror = (event) => onError(new Error(event.message || 'the study worker failed'));
      },
      terminate: () => worker.terminate(),
    };
  }, CORES);
}

/** Loads the study's organisations: the user's drafts first, then the presets (as a comparison does). */
function load(settings: { company: string; organisations: string[]; seed: number; horizonDays: number; hours: string }, files: readonly DraftFile[]) {
  const levers: Levers = { ...NEUTRAL_LEVERS, hours: settings.hours as Levers['hours'] };
  const loaded = loadComparison(settings.company, settings.organisations, withDrafts(files, presetResolver), { seed: settings.seed, horizonDays: settings.horizonDays }, levers);
  if (!loaded.ok) throw new Error(describeIssues(loaded.issues));
  return loaded.value;
}

function run(body: (pool: Pool, cancelled: () => boolean) => Promise<void>): StudyHandle {
  const pool = webPool();
  let cancelled = false;
  const done = body(pool, () => cancelled)
    .then((): StudyEnd => (cancelled ? { type: 'cancelled' } : { type: 'done' }))
    .catch((e: unknown): StudyEnd => (e instanceof Cancelled || cancelled ? { type: 'cancelled' } : { type: 'error', message: (e as Error).message }))
    .finally(() => pool.close());
  return { done, cancel: () => { cancelled = true; pool.cancel(); } };
}

/** The currency a company's costs are in (its file's, EUR by default). */
export function currencyOf(companyId: string, files: readonly DraftFile[]): string {
  const source = withDrafts(files, presetResolver)('company', companyId);
  const company = source ? loadCompany(source.text, source.file) : undefined;
  return company?.ok ? company.value.currency : 'EUR';
}

export function startSizing(settings: SizingSettings, files: readonly DraftFile[], onResult: (r: SizedOrganisation) => void, onProgress: (p: Progress) => void): StudyHandle {
  return run(async (pool, cancelled) => {
    await runSizing(load(settings, files), settings, { evaluator: pool, onResult, onProgress, cancelled });
  });
}

export function startSweep(settings: SweepSettings, files: readonly DraftFile[], onCell: (cell: SweepCell, done: number, total: number) => void): StudyHandle {
  return run(async (pool, cancelled) => {
    await runSweepCells(load(settings, files), settings, { evaluator: pool, onCell, cancelled });
  });
}
