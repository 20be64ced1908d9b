/**
 * Memory of finished runs, kept for the next run in the same thread.
 *
 * Why: an operating system hands out fresh memory page by page on first touch, zeroed, and on a
 * virtual machine the host maps each page too. Measured on the 2-core VM this project is built on:
 * touching a fresh 54 MB message table (10^6 messages) costs about 130 ms, a third of the whole
 * run, while resetting one already touched costs about 4 ms. Replications of a scenario ask for
 * tables of the same size, and so do the organisations compared on one company, so from the
 * second replication on a thread's tables cost only that reset.
 *
 * Owns: the buffers given back and what it keeps of them: the few most recent (a replication
 * gives back one, its message table), so a thread holds on to about the last runs' tables
 * and never more than LIMIT_BYTES. Never imports anything.
 */

/** At most this many buffers wait, the most recently given back. */
const MAX_BUFFERS = 4;
/** At most this much memory waits; the oldest buffers go first beyond it. */
const LIMIT_BYTES = 256 * 2 ** 20;

const pooled: ArrayBuffer[] = [];

const pooledBytes = (): number => pooled.reduce((sum, b) => sum + b.byteLength, 0);

/**
 * A buffer of at least `bytes` (at most twice as many): the smallest pooled one that fits
 * (`reused`: it holds old data, the caller resets what it uses), else a fresh, zero-filled one of
 * exactly `bytes`. A lever that changes the volume a little still finds the last run's tables.
 */
export function takeBuffer(bytes: number): { buffer: ArrayBuffer; reused: boolean } {
  let best = -1;
  for (let i = 0; i < pooled.length; i++) {
    const size = pooled[i]!.byteLength;
    if (size >= bytes && size < 2 * bytes && (best < 0 || size < pooled[best]!.byteLength)) best = i;
  }
  if (best < 0) return { buffer: new ArrayBuffer(bytes), reused: false };
  return { buffer: pooled.splice(best, 1)[0]!, reused: true };
}

/** Gives a buffer back; the caller must not use it, or any view of it, again. */
export function giveBuffer(buffer: ArrayBuffer): void {
  // Given twice, a buffer could go to two live tables at once.
  if (buffer.byteLength > LIMIT_BYTES || pooled.includes(buffer)) return;
  pooled.push(buffer);
  while (pooled.length > MAX_BUFFERS || pooledBytes() > LIMIT_BYTES) pooled.shift();
}

/** Lets the waiting buffers go (for tests, which need a known start). */
export function emptyPool(): void {
  pooled.length = 0;
}

/** Buffers and bytes waiting in the pool (for tests). */
export function poolContents(): { buffers: number; bytes: number } {
  return { buffers: pooled.length, bytes: pooledBytes() };
}
