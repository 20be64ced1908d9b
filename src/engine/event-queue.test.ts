import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue';
import { Rng } from './random';

function drain(q: EventQueue): [number, number, number][] {
  const out: [number, number, number][] = [];
  while (q.pop()) out.push([q.time, q.kind, q.a]);
  return out;
}

describe('EventQueue', () => {
  it('pops events in time order', () => {
    const q = new EventQueue(4);
    const rng = new Rng(3);
    const times = Array.from({ length: 5000 }, () => Math.floor(rng.next() * 1000));
    times.forEach((t, i) => q.push(t, 0, 0, i, 0));
    const popped = drain(q).map(([t]) => t);
    expect(popped).toEqual([...times].sort((a, b) => a - b));
  });

  it('breaks ties by priority, then by scheduling order', () => {
    const q = new EventQueue();
    q.push(5, 1, 0, 1, 0);
    q.push(5, 0, 0, 2, 0);
    q.push(5, 1, 0, 3, 0);
    q.push(5, 0, 0, 4, 0);
    q.push(4, 9, 0, 5, 0);
    expect(drain(q).map(([, , a]) => a)).toEqual([5, 2, 4, 1, 3]);
  });

  it('keeps the payload of each event through growth and slot reuse', () => {
    const q = new EventQueue(2);
    for (let i = 0; i < 100; i++) q.push(i, 0, i % 7, i, 1000 + i);
    for (let i = 0; i < 50; i++) { q.pop(); expect([q.kind, q.a, q.b]).toEqual([i % 7, i, 1000 + i]); }
    for (let i = 100; i < 150; i++) q.push(i, 0, i % 7, i, 1000 + i);
    let expected = 50;
    while (q.pop()) { expect(q.a).toBe(expected); expect(q.b).toBe(1000 + expected); expected++; }
    expect(expected).toBe(150);
  });

  it('reports Infinity as the next time when empty', () => {
    expect(new EventQueue().peekTime()).toBe(Infinity);
  });

  it('matches a sorted list under any mix of pushes and pops', () => {
    const rng = new Rng(11);
    const q = new EventQueue(2);
    const reference: { time: number; priority: number; seq: number; a: number }[] = [];
    let seq = 0;
    let now = 0;
    for (let step = 0; step < 20_000; step++) {
      // After a pop, zero to two pushes at or after the popped time: the kernel's pattern.
      const pushes = reference.length === 0 ? 1 + rng.int(3) : rng.int(3);
      for (let i = 0; i < pushes; i++) {
        const time = now + (rng.chance(0.2) ? 0 : Math.floor(rng.next() * 50));
        const priority = rng.int(3);
        q.push(time, priority, 1, seq, 0);
        reference.push({ time, priority, seq, a: seq });
        seq++;
      }
      expect(q.size).toBe(reference.length);
      reference.sort((x, y) => x.time - y.time || x.priority - y.priority || x.seq - y.seq);
      expect(q.peekTime()).toBe(reference[0]!.time);
      expect(q.pop()).toBe(true);
      const expected = reference.shift()!;
      expect([q.time, q.a]).toEqual([expected.time, expected.a]);
      expect(q.size).toBe(reference.length);
      now = q.time;
    }
  });

  it('keeps ties in push order across the wrap of its int32 sequence numbers', () => {
    const q = new EventQueue();
    // 2^31 pushes take minutes; start the counter just below the wrap instead.
    (q as unknown as { sequence: number }).sequence = 2 ** 31 - 2;
    for (let i = 0; i < 5; i++) q.push(7, 1, 0, i, 0);
    q.push(7, 0, 0, 99, 0); // a lower priority number still goes first
    expect(drain(q).map(([, , a]) => a)).toEqual([99, 0, 1, 2, 3, 4]);
  });
});
