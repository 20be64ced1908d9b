/**
 * What the page can say about runs already in a worker: their first picture is drawn ('refine'),
 * or they are no longer wanted ('cancel'). Kept apart from the worker's message loop so it can be
 * tested without a worker.
 */

/** The longest a run waits for the page to say its first picture is drawn (ms). */
export const SHOWN_WAIT = 1000;

export function runControl() {
  /** Runs waiting for that word, by request. */
  const waiting = new Map<number, () => void>();
  const cancelled = new Set<number>();
  return {
    /** Resolves when the page says run `id`'s first picture is drawn, it is cancelled, or after SHOWN_WAIT. */
    firstRoundShown(id: number): Promise<void> {
      return new Promise<void>((resolve) => {
        const go = () => { clearTimeout(timer); waiting.delete(id); resolve(); };
        const timer = setTimeout(go, SHOWN_WAIT);
        waiting.set(id, go);
      });
    },
    refine(id: number): void {
      waiting.get(id)?.();
    },
    cancel(id: number): void {
      cancelled.add(id);
      waiting.get(id)?.();
    },
    stopped: (id: number) => cancelled.has(id),
    /** Forgets run `id` once it has ended. */
    ended(id: number): void {
      cancelled.delete(id);
      waiting.get(id)?.();
    },
    /** Runs still remembered (for tests: nothing is kept after a run ends). */
    size: () => waiting.size + cancelled.size,
  };
}
