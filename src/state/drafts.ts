/**
 * The user's drafts of companies and organisations: their texts, which one is open, undo/redo
 * across edits (zundo), and their checks against the loader the CLI uses.
 *
 * Owns: the drafts store. Saving to IndexedDB is in drafts-storage.ts; the link in link-drafts.ts.
 * An invalid draft is kept as typed: it is only left out of runs until it is valid.
 */
import { create } from 'zustand';
import { temporal } from 'zundo';
import { checkDraft, declaredId, withDrafts, type DraftCheck, type DraftFile, type DraftKind } from '../scenario/drafts';
import { PRESETS, presetResolver } from '../scenario/presets';
import type { Resolver } from '../scenario/load';
import type { ScenarioIssue } from '../scenario/issues';

export interface Draft {
  /** Stable key of the draft in the store (its id may change as it is edited). */
  key: string;
  kind: DraftKind;
  text: string;
}

interface DraftsState {
  drafts: Draft[];
  /** Key of the draft open in the editor, or null. */
  open: string | null;
}

interface DraftsActions {
  /** Adds a draft and opens it; returns its key. */
  add(kind: DraftKind, text: string): string;
  edit(key: string, text: string): void;
  remove(key: string): void;
  openDraft(key: string | null): void;
  /** Replaces everything (restoring a saved session); not an undoable edit. */
  restore(state: DraftsState): void;
}

/** Edits of one draft closer together than this are one step of undo (typing a word). */
const TYPING_PAUSE = 700;
let lastEdit = { key: '', at: -Infinity };
let typing = false;

let counter = 0;
const newKey = () => `d${Date.now().toString(36)}${(counter++).toString(36)}`;

export const useDrafts = create<DraftsState & DraftsActions>()(
  temporal(
    (set) => ({
      drafts: [],
      open: null,
      add: (kind, text) => {
        const key = newKey();
        set((s) => ({ drafts: [...s.drafts, { key, kind, text }], open: key }));
        return key;
      },
      edit: (key, text) => {
        const now = performance.now();
        typing = lastEdit.key === key && now - lastEdit.at < TYPING_PAUSE;
        lastEdit = { key, at: now };
        set((s) => ({ drafts: s.drafts.map((d) => (d.key === key ? { ...d, text } : d)) }));
        typing = false;
      },
      remove: (key) => set((s) => ({ drafts: s.drafts.filter((d) => d.key !== key), open: s.open === key ? null : s.open })),
      openDraft: (key) => set({ open: key }),
      restore: (state) => set({ drafts: state.drafts, open: state.open }),
    }),
    {
      partialize: (s): DraftsState => ({ drafts: s.drafts, open: s.open }),
      // Opening another draft is not a step of undo; adding or removing one is.
      equality: (a, b) => a.drafts === b.drafts,
      limit: 200,
      // A burst of typing in one draft is one step; any other change is a step of its own.
      // (zundo passes its own four arguments through, whatever the declared type says.)
      handleSet: (handleSet) => {
        const record = handleSet as unknown as (...args: unknown[]) => void;
        return (...args: unknown[]) => { if (!typing) record(...args); };
      },
    },
  ),
);

/** Undo and redo across every draft edit, addition and removal. */
export const undoDrafts = () => useDrafts.temporal.getState().undo();
export const redoDrafts = () => useDrafts.temporal.getState().redo();

/** The ids of the presets of each kind: a draft may not take one. */
const PRESET_IDS: Record<DraftKind, Set<string>> = {
  company: new Set(PRESETS.filter((p) => p.kind === 'company').map((p) => p.id)),
  organisation: new Set(PRESETS.filter((p) => p.kind === 'organisation').map((p) => p.id)),
};

/** The file name a draft is shown and exported under. */
export function draftFileName(draft: Draft): string {
  return `${declaredId(draft.text) || `draft-${draft.key}`}.yaml`;
}

export interface DraftsChecked {
  /** Each draft's check, by key. */
  checks: Map<string, DraftCheck>;
  /** The drafts that can run, as the worker reads them. */
  runnable: DraftFile[];
  /** Presets, then runnable drafts. */
  resolver: Resolver;
}

let cache: { drafts: Draft[]; companyId: string; value: DraftsChecked } | null = null;

/**
 * Checks every draft: companies alone, then organisations on the company in use (`companyId`,
 * a preset or a valid company draft). Cached: the same drafts and company give the same object.
 */
export function checkDrafts(drafts: Draft[], companyId: string): DraftsChecked {
  if (cache && cache.drafts === drafts && cache.companyId === companyId) return cache.value;
  const checks = new Map<string, DraftCheck>();
  const runnable: DraftFile[] = [];
  const ids = (kind: DraftKind, except: string) =>
    new Set([...PRESET_IDS[kind], ...drafts.filter((d) => d.kind === kind && d.key !== except).map((d) => declaredId(d.text)).filter(Boolean)]);
  for (const kind of ['company', 'organisation'] as const) {
    const resolver = withDrafts(runnable, presetResolver);
    for (const draft of drafts.filter((d) => d.kind === kind)) {
      const file = draftFileName(draft);
      const check = checkDraft(kind, draft.text, file, resolver, companyId, ids(kind, draft.key));
      checks.set(draft.key, check);
      if (check.issues.length === 0 && check.id) runnable.push({ kind, id: check.id, file, text: draft.text });
    }
  }
  const value = { checks, runnable, resolver: withDrafts(runnable, presetResolver) };
  cache = { drafts, companyId, value };
  return value;
}

/** The runnable drafts a comparison uses: the company and the organisations it names. */
export function draftsUsed(runnable: readonly DraftFile[], companyId: string, organisationIds: readonly string[]): DraftFile[] {
  return runnable.filter((d) => (d.kind === 'company' ? d.id === companyId : organisationIds.includes(d.id)));
}

/**
 * The problems of the drafts a comparison names that cannot run (an invalid draft is kept, but
 * not run): empty when every draft it uses is valid.
 */
export function blockedDrafts(drafts: Draft[], companyId: string, organisationIds: readonly string[]): ScenarioIssue[] {
  const { checks } = checkDrafts(drafts, companyId);
  const named = drafts.filter((d) => {
    const id = declaredId(d.text);
    return d.kind === 'company' ? id === companyId : organisationIds.includes(id);
  });
  return named.flatMap((d) => checks.get(d.key)?.issues ?? []);
}
