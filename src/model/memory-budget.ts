/**
 * The memory budget of a run, by estimate: how many messages a run may record, and the checks that
 * stop it cleanly (stop reason 'memory') before it would outgrow `model.memoryBudget`. Functions of
 * the Simulation, off the path every message takes. Never imports React or the DOM.
 */
import { MessageTable } from './records';
import type { Simulation } from './simulation';

/**
 * Memory estimates (bytes): measuring a message (its two latencies with their rows, a scratch copy
 * and a group index: see metrics/latency.ts), a task object with its slots, and a pending event
 * (the queue's columns, grown by doubling).
 */
const MEASURE_BYTES = 36;
const TASK_BYTES = 160;
const EVENT_BYTES = 64;

/**
 * Most messages a run may record within `budget` bytes: the table's row and measuring for each,
 * within the 90 % that `checkMemory` allows. A growing table briefly holds its old and new blocks
 * (1.5 rows' worth at the last growth), which stays under that.
 */
export function maxMessages(budget: number): number {
  return Math.floor((0.9 * budget) / (MessageTable.ROW_BYTES + MEASURE_BYTES));
}

/** Memory the run holds and will need to be measured: message table, measuring, tasks, pending events. */
export function memoryEstimate(sim: Simulation): number {
  return sim.messages.bytes + sim.messages.count * MEASURE_BYTES + sim.tasks.count * TASK_BYTES + sim.kernel.pending * EVENT_BYTES;
}

/**
 * Stops the run once its estimate passes 90 % of the budget: checked at every sample of the time
 * series (time-events.ts), the rest is headroom for what arrives before the next check. The message
 * table stops the run itself when it reaches its share (maxMessages), the task table before it
 * would grow past the budget (mayHoldTasks).
 */
export function checkMemory(sim: Simulation): void {
  if (memoryEstimate(sim) > 0.9 * sim.model.memoryBudget) stopForMemory(sim);
}

/** Whether `rows` task rows keep the run within its memory budget; stops it when not. */
export function mayHoldTasks(sim: Simulation, rows: number): boolean {
  if (memoryEstimate(sim) + (rows - sim.tasks.count) * TASK_BYTES <= sim.model.memoryBudget) return true;
  stopForMemory(sim);
  return false;
}

export function stopForMemory(sim: Simulation): void {
  sim.outOfMemory = true;
  sim.kernel.halt();
}
