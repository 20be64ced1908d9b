/**
 * Memory of finished runs, kept for the next run in the same thread.
 *
 * Why: an operating system hands out fresh memory page by page on first touch, zeroed, and on a
 * virtual machine the host maps each page too. Measured on the 2-core VM this project is built on:
 * touching a fresh 54 MB message table (10^6 messages) costs about 130 ms, a third of the whole
 * run, while resetting one already touched costs about 2 ms. Replications of a scenario ask for
 * tables of the same size, so from the second replication on a thread's tables cost only that reset.
 *
 * Owns: the buffers given back and the cap on what it keeps. Never imports anything.
 */

/** At most this much memory waits in the pool; the oldest buffers go first beyond it. */
const LIMIT_BYTES = 256 * 2 ** 20;

const pooled: ArrayBuffer[] = [];
let pooledBytes = 0;

/**
 * A buffer of exactly `bytes`: a pooled one when there is one (`reused`: it holds old data, the
 * caller resets what it needs), else a fresh, zero-filled one.
 */
export function takeBuffer(bytes: number): { buffer: ArrayBuffer; reused: boolean } {
  for (let i = pooled.length - 1; i >= 0; i--) {
    const buffer = pooled[i]!;
    if (buffer.byteLength !== bytes) continue;
    pooled.splice(i, 1);
    pooledBytes -= bytes;
    return { buffer, reused: true };
  }
  return { buffer: new ArrayBuffer(bytes), reused: false };
}

/** Gives a buffer back; the caller must not use it, or any view of it, again. */
export function giveBuffer(buffer: ArrayBuffer): void {
  if (buffer.byteLength > LIMIT_BYTES) return;
  pooled.push(buffer);
  pooledBytes += buffer.byteLength;
  while (pooledBytes > LIMIT_BYTES) pooledBytes -= pooled.shift()!.byteLength;
}

/** Bytes waiting in the pool (for tests). */
export function pooledByteCount(): number {
  return pooledBytes;
}
