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
});
