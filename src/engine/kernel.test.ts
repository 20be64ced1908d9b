import { describe, expect, it } from 'vitest';
import { Kernel } from './kernel';

describe('Kernel', () => {
  it('runs events up to the horizon and leaves the clock there', () => {
    const fired: number[] = [];
    const k: Kernel = new Kernel((kind) => fired.push(kind));
    k.schedule(5, 1);
    k.schedule(15, 2);
    expect(k.runUntil(10)).toBe('horizon');
    expect(fired).toEqual([1]);
    expect(k.now).toBe(10);
    expect(k.pending).toBe(1);
  });

  it('calls a receiver\'s handle method with each event\'s kind and arguments', () => {
    const fired: number[][] = [];
    const receiver = { handle: (kind: number, a: number, b: number) => fired.push([kind, a, b]) };
    const k = new Kernel(receiver);
    k.schedule(2, 7, 3, 4);
    k.schedule(1, 5, 1, 2);
    k.runUntil(10);
    expect(fired).toEqual([[5, 1, 2], [7, 3, 4]]);
  });

  it('stops a runaway model at its event budget instead of hanging', () => {
    const k: Kernel = new Kernel(() => k.schedule(0, 0), 1_000); // schedules itself forever at the same minute
    k.schedule(0, 0);
    expect(k.runUntil(Infinity)).toBe('budget');
    expect(k.eventsFired).toBe(1_000);
  });

  it('runs in slices and resumes where it stopped', () => {
    let count = 0;
    const k: Kernel = new Kernel(() => { count++; if (count < 100) k.schedule(1, 0); });
    k.schedule(1, 0);
    expect(k.runUntil(1_000, 30)).toBe('slice');
    expect(count).toBe(30);
    expect(k.runUntil(1_000)).toBe('empty');
    expect(count).toBe(100);
  });

  it('step fires one event at a time', () => {
    const k = new Kernel(() => {});
    k.schedule(3, 0);
    expect(k.step()).toBe(true);
    expect(k.now).toBe(3);
    expect(k.step()).toBe(false);
  });

  it('take hands over the next due event without firing it, and says why it stops', () => {
    const fired: number[] = [];
    const k = new Kernel((kind) => fired.push(kind), 3);
    k.schedule(2, 7, 70, 700);
    k.schedule(1, 5, 50);
    expect(k.take(10)).toBe(true);
    expect([k.now, k.kind, k.a, k.b]).toEqual([1, 5, 50, 0]);
    expect(k.take(1.5)).toBe(false);
    expect([k.stopped, k.now]).toEqual(['horizon', 1.5]);
    expect(k.take(10)).toBe(true);
    expect([k.now, k.kind, k.a, k.b]).toEqual([2, 7, 70, 700]);
    expect(k.take(10)).toBe(false);
    expect([k.stopped, k.now]).toEqual(['empty', 10]);
    k.schedule(0, 1);
    k.schedule(0, 1);
    expect(k.take(Infinity)).toBe(true);
    expect(k.take(Infinity)).toBe(false); // the budget of 3 events is spent
    expect(k.stopped).toBe('budget');
    expect(fired).toEqual([]);
    expect(k.pending).toBe(1);
  });
});

