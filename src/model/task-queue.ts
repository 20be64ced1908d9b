/**
 * A FIFO of task indices on a growable ring buffer: no allocation per push once grown.
 */
export class TaskQueue {
  private items = new Int32Array(64);
  private head = 0;
  length = 0;

  push(task: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      for (let i = 0; i < this.length; i++) grown[i] = this.items[(this.head + i) % this.items.length]!;
      this.items = grown;
      this.head = 0;
    }
    this.items[(this.head + this.length) % this.items.length] = task;
    this.length++;
  }

  /** Removes and returns the oldest task, or -1 when empty. */
  shift(): number {
    if (this.length === 0) return -1;
    const task = this.items[this.head]!;
    this.head = (this.head + 1) % this.items.length;
    this.length--;
    return task;
  }

  clear(): void {
    this.head = 0;
    this.length = 0;
  }

  /** Visits every task in order (for censuses, not the hot path). */
  forEach(visit: (task: number) => void): void {
    for (let i = 0; i < this.length; i++) visit(this.items[(this.head + i) % this.items.length]!);
  }
}
