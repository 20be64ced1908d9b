/**
 * Autosave: every draft is kept in the browser's IndexedDB (idb-keyval) as it is typed, and
 * restored when the page opens again. Stored texts are read back as untrusted data (another tab,
 * an older version or a hand-edited profile may have written them).
 */
import { get, set } from 'idb-keyval';
import { useDrafts, type Draft } from './drafts';

const KEY = 'cmsim-drafts-v1';
/** Writes wait for a pause in typing this long (ms). */
const SAVE_PAUSE = 300;

function readSaved(value: unknown): { drafts: Draft[]; open: string | null } | null {
  if (value === null || typeof value !== 'object') return null;
  const { drafts, open } = value as { drafts?: unknown; open?: unknown };
  if (!Array.isArray(drafts)) return null;
  const valid = drafts.filter((d): d is Draft =>
    d !== null && typeof d === 'object' && typeof d.key === 'string' && typeof d.text === 'string' && (d.kind === 'company' || d.kind === 'organisation'));
  return { drafts: valid.map(({ key, kind, text }) => ({ key, kind, text })), open: typeof open === 'string' ? open : null };
}

let saving: ReturnType<typeof setTimeout> | undefined;

/**
 * Restores the saved drafts (before any made in this page, which are kept after them), then
 * saves every change. Resolves once restored; where IndexedDB is missing, drafts live as long
 * as the page.
 */
let started: Promise<void> | undefined;

export function startAutosave(): Promise<void> {
  started ??= restoreThenSave();
  return started;
}

async function restoreThenSave(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  try {
    const saved = readSaved(await get(KEY));
    if (saved && saved.drafts.length > 0) {
      const now = useDrafts.getState();
      const fresh = now.drafts.filter((d) => !saved.drafts.some((s) => s.key === d.key));
      useDrafts.getState().restore({ drafts: [...saved.drafts, ...fresh], open: now.open ?? saved.open });
      useDrafts.temporal.getState().clear();
    }
  } catch {
    // A profile that refuses storage (private mode in some browsers): drafts live with the page.
  }
  useDrafts.subscribe((s, previous) => {
    if (s.drafts === previous.drafts && s.open === previous.open) return;
    clearTimeout(saving);
    saving = setTimeout(() => { set(KEY, { drafts: s.drafts, open: s.open }).catch(() => {}); }, SAVE_PAUSE);
  });
}
