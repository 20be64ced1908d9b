/**
 * A FIFO of task indices on a growable ring buffer: no allocation per push once grown. The
 * capacity is a power of two, so wrapping around is a mask rather than a division.
 */
export class TaskQueue {
  private items = new Int32Array(64);
  private mask = 63;
  private head = 0;
  length = 0;

  push(task: number): void {
    if (this.length === this.items.length) this.grow();
    this.items[(this.head + this.length) & this.mask] = task;
    this.length++;
  }

  /** Removes and returns the oldest task, or -1 when empty. */
  shift(): number {
    if (this.length === 0) return -1;
    const task = this.items[this.head]!;
    this.head = (this.head + 1) & this.mask;
    this.length--;
    return task;
  }

  clear(): void {
    this.head = 0;
    this.length = 0;
  }

  /** Visits every task in order (for censuses, not the hot path). */
  forEach(visit: (task: number) => void): void {
    for (let i = 0; i < this.length; i++) visit(this.items[(this.head + i) & this.mask]!);
  }

  /** Doubles the buffer, oldest task first (kept out of push so that push stays small to inline). */
  private grow(): void {
    const grown = new Int32Array(this.items.length * 2);
    for (let i = 0; i < this.length; i++) grown[i] = this.items[(this.head + i) & this.mask]!;
    this.items = grown;
    this.mask = grown.length - 1;
    this.head = 0;
  }
}
