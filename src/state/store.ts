/**
 * The app's state and its actions: the only module that imports zustand and immer. Components
 * read slices and call actions; the worker is reached through src/worker/client.ts.
 */
import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { setAutoFreeze } from 'immer';
import type { Replay } from '../metrics/replay';
import type { ScenarioResult } from '../metrics/run-scenario';
import type { ScenarioIssue } from '../scenario/issues';
import { startComparison, type RunHandle } from '../worker/client';
import { MAX_ORGANISATIONS, type LinkProblem, type SharedState } from './url-state';
import { NEUTRAL_LEVERS, type Levers } from '../scenario/levers';
import { LIMITS } from '../scenario/limits';
import { blockedDrafts, checkDrafts, draftsUsed, useDrafts } from './drafts';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'invalid' | 'error';

/** The settings a set of results was computed with (what an export and the stale notice name). */
export type RunSettings = Pick<SharedState, 'companyId' | 'organisationIds' | 'replications' | 'seed' | 'levers'>;

/** Whether results computed with `a` answer the question asked with `b`. */
export function sameSettings(a: RunSettings, b: RunSettings): boolean {
  return a.companyId === b.companyId && a.replications === b.replications && a.seed === b.seed
    && a.organisationIds.join(',') === b.organisationIds.join(',')
    && JSON.stringify(a.levers) === JSON.stringify(b.levers);
}

export interface AppState extends SharedState {
  status: RunStatus;
  progress: { done: number; total: number };
  /** One per compared organisation, refined as replications finish (null until its first). */
  results: (ScenarioResult | null)[];
  /** The org diagram's replay of each organisation (null until its first replication). */
  replays: (Replay | null)[];
  /** The settings the results are for (the selection may change after a run); null before the first. */
  resultSettings: RunSettings | null;
  issues: ScenarioIssue[];
  error: string | null;
  /** Problems found in the link the page was opened with. */
  linkProblems: LinkProblem[];
  /** Counts the runs started, so a view can tell one run from the next. */
  runNumber: number;
}

export interface AppActions {
  setCompany(id: string): void;
  toggleOrganisation(id: string): void;
  setReplications(n: number): void;
  setSeed(n: number): void;
  setLanguage(language: 'en' | 'fr'): void;
  setSortBy(key: string | null): void;
  /** Shows a study's settings (it runs when asked, from the study's own store). */
  setStudy(study: SharedState['study']): void;
  /** Enters presentation mode on a view, moves to another, or leaves it (null). */
  setPresenting(view: string | null): void;
  /** Changes a lever and re-runs shortly after (while dragging, only the latest run counts). */
  setLever<K extends keyof Levers>(key: K, value: Levers[K]): void;
  resetLevers(): void;
  applyLink(values: Partial<SharedState>, problems: LinkProblem[]): void;
  dismissLinkProblems(): void;
  run(): Promise<void>;
  cancel(): void;
  /** The first picture of run number `run` is on screen: if it is still running, its refinements may start. */
  pictureShown(run: number): void;
}

export const DEFAULTS: SharedState = {
  companyId: 'sme',
  // The comparison the texts are about: the funnel and one organisation per placement (1 to 4).
  organisationIds: ['funnel', 'coordinator', 'single-team-support', 'multi-team', 'expert-community'],
  replications: 10,
  seed: 1,
  language: 'en',
  levers: NEUTRAL_LEVERS,
  sortBy: null,
  study: null,
  presenting: null,
};

/** Changes closer together than this are one gesture (a drag): its run waits for a pause this long (ms). */
const DEBOUNCE = 60;
let debounce: ReturnType<typeof setTimeout> | undefined;
let lastChange = -Infinity;

let current: RunHandle | null = null;

// Results are large and replaced whole, never edited: freezing them deeply on every update costs
// more than it protects.
setAutoFreeze(false);

/**
 * Least time between two screen updates while results stream in (ms): the first complete picture
 * goes out at once; refinements redraw every chart, so they come at a calmer pace.
 */
const REFRESH = 600;

/**
 * Runs again: at once for a single change (a click, a typed value), after a pause for a burst of
 * them (a drag). The running comparison is cancelled now, so a fresh worker loads during the pause.
 */
function rerunSoon(): void {
  const now = performance.now();
  const burst = now - lastChange < DEBOUNCE;
  lastChange = now;
  clearTimeout(debounce);
  if (!burst) return void useApp.getState().run();
  // Forgotten before it ends, so it does not report 'cancelled': the gesture's run follows.
  const replaced = current;
  current = null;
  replaced?.cancel();
  debounce = setTimeout(() => void useApp.getState().run(), DEBOUNCE);
}

export const useApp = create<AppState & AppActions>()(
  immer((set, get) => ({
    ...DEFAULTS,
    status: 'idle',
    progress: { done: 0, total: 0 },
    results: [],
    replays: [],
    resultSettings: null,
    issues: [],
    error: null,
    linkProblems: [],
    runNumber: 0,

    // Anything that changes the numbers re-runs shortly after, so the screen never shows
    // results for other settings than those in view (and in the link).
    setCompany: (id) => { set((s) => { s.companyId = id; }); rerunSoon(); },
    toggleOrganisation: (id) => {
      set((s) => {
        const i = s.organisationIds.indexOf(id);
        if (i >= 0) s.organisationIds.splice(i, 1);
        else if (s.organisationIds.length < MAX_ORGANISATIONS) s.organisationIds.push(id);
      });
      rerunSoon();
    },
    setReplications: (n) => { set((s) => { s.replications = Math.max(1, Math.min(LIMITS.appReplications, Math.round(n) || 1)); }); rerunSoon(); },
    setSeed: (n) => { set((s) => { s.seed = Math.max(0, Math.min(LIMITS.seed, Math.round(n) || 0)); }); rerunSoon(); },
    setLanguage: (language) => set((s) => { s.language = language; }),
    setSortBy: (key) => set((s) => { s.sortBy = key; }),
    setStudy: (study) => set((s) => { s.study = study; }),
    setPresenting: (view) => set((s) => { s.presenting = view; }),
    setLever: (key, value) => {
      set((s) => { (s.levers as Levers)[key] = value; });
      rerunSoon();
    },
    resetLevers: () => {
      set((s) => { s.levers = { ...NEUTRAL_LEVERS }; });
      void get().run();
    },
    applyLink: (values, problems) => set((s) => { Object.assign(s, values); s.linkProblems = problems; }),
    dismissLinkProblems: () => set((s) => { s.linkProblems = []; }),

    cancel: () => {
      clearTimeout(debounce); // a run waiting for the end of a gesture is cancelled too
      current?.cancel();
    },
    pictureShown: (run) => {
      if (run === get().runNumber) current?.refine();
    },

    run: async () => {
      current?.cancel(); // latest wins
      const { companyId, organisationIds, replications, seed, levers } = get();
      if (organisationIds.length === 0) {
        set((s) => { s.results = []; s.replays = []; s.resultSettings = null; s.status = 'idle'; });
        return;
      }
      // The user's drafts in use go with the request; one that is not valid stops the run, with its problems.
      const drafts = useDrafts.getState().drafts;
      const { runnable } = checkDrafts(drafts, companyId);
      const blocked = blockedDrafts(drafts, companyId, organisationIds);
      if (blocked.length > 0) {
        set((s) => { s.status = 'invalid'; s.issues = blocked; s.error = null; s.runNumber++; });
        return;
      }
      const files = draftsUsed(runnable, companyId, organisationIds);
      performance.mark('cmsim:run-start');
      let pictured = false;
      // Results arriving between two screen updates are applied together.
      const pending = new Map<number, ScenarioResult>();
      const pendingReplays = new Map<number, Replay>();
      let progress = { done: 0, total: 0 };
      let timer: ReturnType<typeof setTimeout> | undefined;
      let lastFlush = 0;
      const flush = () => {
        clearTimeout(timer);
        timer = undefined;
        lastFlush = performance.now();
        // New arrays built outside immer and frozen: a result is large, and immer would otherwise
        // walk all of it on every update.
        const results = [...get().results];
        const replays = [...get().replays];
        for (const [index, result] of pending) results[index] = Object.freeze(result);
        for (const [index, replay] of pendingReplays) replays[index] = Object.freeze(replay);
        set((s) => {
          s.results = results as never;
          s.replays = replays as never;
          s.progress = progress;
        });
        if (results.every((r) => r !== null)) pictured = true;
        pending.clear();
        pendingReplays.clear();
      };
      set((s) => {
        s.status = 'running';
        s.runNumber++;
        s.progress = { done: 0, total: replications * organisationIds.length };
        s.results = organisationIds.map(() => null);
        s.replays = organisationIds.map(() => null);
        s.resultSettings = { companyId, organisationIds: [...organisationIds], replications, seed, levers: { ...levers } };
        s.issues = [];
        s.error = null;
      });
      const handle = startComparison({ companyId, organisationIds: [...organisationIds], run: { replications, seed }, levers: { ...levers }, files }, (index, result, done, total) =>
        {
          pending.set(index, result);
          progress = { done, total };
          const firstComplete = !pictured && get().results.every((r, i) => r !== null || pending.has(i));
          if (firstComplete) flush(); // the first complete picture goes out at once
          else if (timer === undefined) timer = setTimeout(flush, Math.max(0, REFRESH - (performance.now() - lastFlush)));
        },
        (index, replay) => pendingReplays.set(index, replay), // shown with its results
      );
      current = handle;
      const end = await handle.done;
      clearTimeout(timer);
      if (current !== handle) return; // a newer run replaced this one
      current = null;
      if (pending.size > 0) flush();
      set((s) => {
        s.status = end.type;
        if (end.type === 'invalid') s.issues = end.issues;
        if (end.type === 'error') s.error = end.message;
      });
    },
  })),
);

// A draft in use that is edited re-runs the comparison, once it is valid again.
let usedTexts = '';
useDrafts.subscribe((d, previous) => {
  if (d.drafts === previous.drafts) return;
  const { companyId, organisationIds } = useApp.getState();
  const texts = JSON.stringify(draftsUsed(checkDrafts(d.drafts, companyId).runnable, companyId, organisationIds));
  const blocked = blockedDrafts(d.drafts, companyId, organisationIds).length > 0;
  if (texts !== usedTexts && !blocked && organisationIds.length > 0) rerunSoon();
  usedTexts = texts;
});
