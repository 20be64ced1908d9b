/**
 * The fair-comparison study's run state: its settings (from the link's company, organisations,
 * seed and study), its progress, and its results as they come. A cancelled study keeps what it had.
 * Separate from the comparison's store: a study runs only when asked, and never re-runs on a lever.
 */
import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { runSchema } from '../scenario/schema-scenario';
import type { Progress } from '../study/size';
import type { SizedOrganisation, SizingSettings } from '../study/sizing-study';
import { cellCount, readVolumes, type SweepCell, type SweepSettings } from '../study/sweep';
import { readTargets } from '../study/target';
import { currencyOf, startSizing, startSweep, type StudyHandle } from '../worker/study-client';
import { checkDrafts, draftsUsed, useDrafts } from './drafts';
import { useApp } from './store';
import { DEFAULT_STUDY, type StudyLink } from './study-link';

/** Replications a sweep may ask of the browser at most (points × organisations × replications). */
export const MAX_SWEEP_REPLICATIONS = 2_500;
/** The sizing's replications per staffing: the CLI's defaults, so both give the same answer. */
export const SIZING_REPLICATING = { min: 4, max: 32 };

export type StudyStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface StudyState {
  status: StudyStatus;
  /** What stops the study from starting (a bad target, too large a sweep), or why it failed. */
  problem: string | null;
  sizing: { settings: SizingSettings; results: SizedOrganisation[]; progress: Record<string, Progress> } | null;
  sweep: { settings: SweepSettings; cells: SweepCell[]; done: number; total: number } | null;
  /** Milliseconds from the start to the first answer and to the end (the benchmark reads them). */
  timing: { first: number | null; end: number | null };
  start(): void;
  cancel(): void;
}

let current: StudyHandle | null = null;

/** Settings of the study in view, or the problem that stops it. */
/** The user's drafts the study uses (company, organisations), found before the presets. */
function draftFiles() {
  const { companyId, organisationIds } = useApp.getState();
  return draftsUsed(checkDrafts(useDrafts.getState().drafts, companyId).runnable, companyId, organisationIds);
}

export function studySettings(link: StudyLink = useApp.getState().study ?? DEFAULT_STUDY): { sizing: SizingSettings; sweep: SweepSettings } | { problem: string } {
  const { companyId, organisationIds, seed } = useApp.getState();
  const targets = readTargets(link.target);
  if (targets.problems.length) return { problem: targets.problems.join('; ') };
  const volumes = readVolumes(link.volume);
  if (typeof volumes === 'string') return { problem: volumes };
  if (organisationIds.length === 0) return { problem: 'pick at least one organisation' };
  const baseline = organisationIds.includes('funnel') ? 'funnel' : organisationIds[0]!;
  const common = { company: companyId, organisations: [...organisationIds], seed, horizonDays: runSchema.parse({}).horizonDays, target: link.target, baseline, hours: link.hours, currency: currencyOf(companyId, draftFiles()) };
  const sweep: SweepSettings = { ...common, volumes, replications: link.replications };
  const asked = cellCount(sweep) * sweep.replications;
  if (link.view === 'sweep' && asked > MAX_SWEEP_REPLICATIONS) return { problem: `this sweep asks ${asked} replications (points × organisations × replications), more than the browser's ${MAX_SWEEP_REPLICATIONS}: use fewer points, organisations or replications, or run it with npm run sweep` };
  return { sizing: { ...common, replicating: SIZING_REPLICATING, replications: link.replications }, sweep };
}

export const useStudy = create<StudyState>()(
  immer((set, get) => ({
    status: 'idle',
    problem: null,
    sizing: null,
    sweep: null,
    timing: { first: null, end: null },

    cancel: () => current?.cancel(),

    start: () => {
      current?.cancel();
      const link = useApp.getState().study ?? DEFAULT_STUDY;
      const settings = studySettings(link);
      if ('problem' in settings) return set((s) => { s.problem = settings.problem; s.status = 'idle'; });
      const began = performance.now();
      const answered = () => { if (get().timing.first === null) set((s) => { s.timing.first = performance.now() - began; }); };
      set((s) => {
        s.status = 'running';
        s.problem = null;
        s.timing = { first: null, end: null };
        s.sizing = link.view === 'size' ? { settings: settings.sizing, results: [], progress: {} } : null;
        s.sweep = link.view === 'sweep' ? { settings: settings.sweep, cells: [], done: 0, total: cellCount(settings.sweep) } : null;
      });
      const handle = link.view === 'size'
        ? startSizing(settings.sizing, draftFiles(), (r) => { answered(); set((s) => { s.sizing!.results.push(r as never); }); }, (p) => {
          if (p.phase === 'start') answered(); // the queueing estimate is the first answer, refined from there
          set((s) => { s.sizing!.progress[p.organisation] = p as never; });
        })
        : startSweep(settings.sweep, draftFiles(), (cell, done) => { answered(); set((s) => { s.sweep!.cells.push(cell as never); s.sweep!.done = done; }); });
      current = handle;
      void handle.done.then((end) => {
        if (current !== handle) return;
        current = null;
        set((s) => {
          s.status = end.type;
          s.timing.end = performance.now() - began;
          if (end.type === 'error') s.problem = end.message;
        });
      });
    },
  })),
);
