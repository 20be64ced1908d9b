import { describe, expect, it } from 'vitest';
import { emptyPool, giveBuffer, poolContents, takeBuffer } from './buffer-pool';

describe('buffer pool', () => {
  it('hands back the smallest pooled buffer that fits, never one twice the size or more', () => {
    emptyPool();
    const [a, b, c] = [new ArrayBuffer(1000), new ArrayBuffer(1500), new ArrayBuffer(4000)];
    [c, a, b].forEach(giveBuffer);
    expect(takeBuffer(900)).toEqual({ buffer: a, reused: true });
    expect(takeBuffer(900)).toEqual({ buffer: b, reused: true });
    const fresh = takeBuffer(1900); // c is 2.1 times as large: a fresh buffer instead
    expect(fresh.reused).toBe(false);
    expect(fresh.buffer.byteLength).toBe(1900);
    expect(poolContents()).toEqual({ buffers: 1, bytes: 4000 });
  });

  it('keeps only the most recent few buffers, each once', () => {
    emptyPool();
    const given = Array.from({ length: 6 }, (_, i) => new ArrayBuffer(100 + i));
    given.forEach(giveBuffer);
    giveBuffer(given[5]!); // given twice: still one entry
    expect(poolContents().buffers).toBe(4);
    expect(takeBuffer(100).buffer).toBe(given[2]); // the two oldest are gone
  });
});
