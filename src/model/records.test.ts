import { describe, expect, it } from 'vitest';
import { emptyPool, poolContents } from './buffer-pool';
import { MessageTable, TaskTable } from './records';

describe('record tables', () => {
  it('keep every row through growth, from any starting capacity, with the initial values of new rows', () => {
    const messages = new MessageTable(20.7); // capacities need not be whole numbers
    for (let i = 0; i < 1000; i++) {
      const m = messages.add(i % 5, i % 3, 0, i % 7, 0, i - 1); // may grow the table: read the column after
      messages.arrival[m] = i;
    }
    expect(messages.count).toBe(1000);
    for (let i = 0; i < 1000; i++) {
      expect(messages.arrival[i]).toBe(i);
      expect(messages.topic[i]).toBe(i % 7);
      expect(messages.parent[i]).toBe(i - 1);
      expect(messages.firstResponse[i]).toBeNaN();
      expect(messages.liveTask[i]).toBe(-1);
    }
  });

  it('at their most rows, tell their owner once and keep a reserve of rows for the event in progress', () => {
    const messages = new MessageTable(16, 5000);
    let told = 0;
    messages.onFull = () => told++;
    const add = (n: number) => { for (let i = 0; i < n; i++) messages.arrival[messages.add(0, 0, 0, 0, 0, -1)] = i; };
    while (told === 0) add(1);
    // Told with at least the reserve left (and never before the table holds its last block).
    expect(messages.count).toBeGreaterThan(5000 - 1024);
    expect(messages.count).toBeLessThan(5000);
    const bytes = messages.bytes;
    expect(bytes).toBeLessThanOrEqual((5000 + 1024) * MessageTable.ROW_BYTES);
    add(5000 - messages.count);
    expect([told, messages.count, messages.bytes]).toEqual([1, 5000, bytes]); // no growth after
  });

  it('grow tasks by a small reserve only when their owner refuses a doubling', () => {
    const tasks = new TaskTable();
    tasks.mayGrowTo = (rows) => rows <= 128;
    for (let i = 0; i < 200; i++) tasks.add(0, 0, i, 0);
    expect(tasks.count).toBe(128 + 64 + 64 - 0); // 64, 128, then reserves of 64
  });

  it('give new tasks no parent, rule or relay', () => {
    const tasks = new TaskTable();
    for (let i = 0; i < 50; i++) tasks.add(0, 1, i, 1);
    expect([tasks.rows[49]!.parent, tasks.rows[49]!.rule, tasks.rows[49]!.relayOf, tasks.rows[49]!.message]).toEqual([-1, -1, -1, 49]);
  });

  it('reuse released task rows, reset, before growing', () => {
    const tasks = new TaskTable();
    const t = tasks.add(0, 1, 7, 1);
    tasks.rows[t]!.parent = 3;
    tasks.rows[t]!.rule = 2;
    tasks.rows[t]!.state = 4;
    tasks.release(t);
    const made = tasks.count;
    const again = tasks.add(1, 2, 8, 0);
    expect(again).toBe(t);
    expect(tasks.count).toBe(made); // no new row
    expect([tasks.rows[t]!.kind, tasks.rows[t]!.unit, tasks.rows[t]!.message, tasks.rows[t]!.state, tasks.rows[t]!.parent, tasks.rows[t]!.rule]).toEqual([1, 2, 8, 0, -1, -1]);
  });

  it('hand a recycled table\'s memory to the next table of its size, reset to the initial values', () => {
    emptyPool();
    const first = new MessageTable(5000);
    for (let i = 0; i < 5000; i++) {
      const m = first.add(1, 2, 3, 4, 1, 7);
      first.arrival[m] = first.firstResponse[m] = 9;
      first.liveTask[m] = first.correct[m] = 1;
    }
    const before = poolContents().bytes;
    first.recycle();
    expect(first.count).toBe(0);
    expect(first.arrival.length).toBe(0); // nothing of the old rows can be read through the table
    expect(poolContents().bytes).toBeGreaterThan(before);
    const second = new MessageTable(4000); // a little smaller: the same buffer still serves
    expect(poolContents().bytes).toBe(before); // taken back
    const m = second.add(0, 0, 0, 0, 0, -1);
    expect(m).toBe(0);
    for (let i = 0; i < 4000; i++) {
      expect([second.arrival[i], second.liveTask[i], second.correct[i], second.channel[i]]).toEqual([0, -1, 0, 0]);
      expect(second.firstResponse[i]).toBeNaN();
    }
  });

  it('keep every task row distinct through growth, whatever the order rows are given back', () => {
    const tasks = new TaskTable();
    const live = Array.from({ length: 200 }, (_, i) => tasks.add(0, 1, i, 1)); // several growths
    expect(new Set(live).size).toBe(200);
    for (const t of live.filter((_, i) => i % 3 !== 1).reverse()) tasks.release(t);
    const again = Array.from({ length: 150 }, (_, i) => tasks.add(1, 2, 1000 + i, 0));
    const holding = [...live.filter((_, i) => i % 3 === 1), ...again];
    expect(new Set(holding).size).toBe(holding.length); // no row carries two live tasks
    for (const t of again) expect(tasks.rows[t]!.message).toBeGreaterThanOrEqual(1000);
    expect(() => tasks.release(again[0]!)).not.toThrow();
    expect(() => tasks.release(again[0]!)).toThrow(/released twice/);
  });
});
