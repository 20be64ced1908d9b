/**
 * What Back and Forward mean in this app: a step is a comparison. Changing the company, the
 * organisations, the replications, the seed or a lever makes a new entry in the browser's history,
 * and so does entering or leaving presentation mode; Back returns to the previous comparison (and
 * its numbers: they are re-run from the link, with the same seed). The language, the scorecard's
 * order and the slide shown change the current entry, not the history. Changes less than BURST_MS
 * apart (a slider dragged, several organisations ticked) are one step; the first change after
 * landing on an entry (opening a link, Back) is always a new one.
 */
import { sameSettings, type RunSettings } from './store';

export const BURST_MS = 1_000;

/** The state behind the current history entry. */
export interface HistoryEntry {
  settings: RunSettings;
  presenting: boolean;
  /** When its settings last changed (ms); -Infinity when the page landed on it (a link, Back). */
  at: number;
}

export function historyAction(entry: HistoryEntry, next: RunSettings & { presenting: string | null }, now: number): 'push' | 'replace' {
  if ((next.presenting !== null) !== entry.presenting) return 'push';
  if (sameSettings(entry.settings, next)) return 'replace';
  return now - entry.at < BURST_MS ? 'replace' : 'push';
}
