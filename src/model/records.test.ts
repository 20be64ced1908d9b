import { describe, expect, it } from 'vitest';
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

  it('give new tasks no parent, rule or relay', () => {
    const tasks = new TaskTable(3);
    for (let i = 0; i < 50; i++) tasks.add(0, 1, i, 1);
    expect([tasks.parent[49], tasks.rule[49], tasks.relayOf[49], tasks.message[49]]).toEqual([-1, -1, -1, 49]);
  });

  it('reuse released task rows, reset, before growing', () => {
    const tasks = new TaskTable(16);
    const t = tasks.add(0, 1, 7, 1);
    tasks.parent[t] = 3;
    tasks.rule[t] = 2;
    tasks.state[t] = 4;
    tasks.release(t);
    const again = tasks.add(1, 2, 8, 0);
    expect(again).toBe(t);
    expect(tasks.count).toBe(1);
    expect([tasks.kind[t], tasks.unit[t], tasks.message[t], tasks.state[t], tasks.parent[t], tasks.rule[t]]).toEqual([1, 2, 8, 0, -1, -1]);
  });
});
