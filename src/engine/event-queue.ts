/**
 * The future event list: a binary min-heap over typed arrays.
 *
 * Owns: ordering of pending events by (time, priority, sequence). The sequence number makes ties
 * deterministic (first scheduled, first fired). Events are plain numbers (a kind and two integer
 * arguments) kept in pooled slots, so scheduling allocates nothing once the pool has grown.
 * Never imports anything.
 */

const PRIORITY_SCALE = 2 ** 40; // sequence numbers stay exact below 2^40 (about 10^12 events)

export class EventQueue {
  private times: Float64Array;
  private keys: Float64Array; // priority * 2^40 + sequence
  private kinds: Int32Array;
  private argA: Int32Array;
  private argB: Int32Array;
  private heap: Int32Array; // slot indices, heap-ordered
  private freeSlots: Int32Array;
  private freeCount = 0;
  private capacity: number;
  private sequence = 0;
  size = 0;

  /** Fields of the event taken by the last `pop()`. */
  time = 0;
  kind = 0;
  a = 0;
  b = 0;

  constructor(initialCapacity = 1024) {
    this.capacity = initialCapacity;
    this.times = new Float64Array(initialCapacity);
    this.keys = new Float64Array(initialCapacity);
    this.kinds = new Int32Array(initialCapacity);
    this.argA = new Int32Array(initialCapacity);
    this.argB = new Int32Array(initialCapacity);
    this.heap = new Int32Array(initialCapacity);
    this.freeSlots = new Int32Array(initialCapacity);
    for (let i = 0; i < initialCapacity; i++) this.freeSlots[i] = initialCapacity - 1 - i;
    this.freeCount = initialCapacity;
  }

  /** Adds an event; lower priority numbers fire first among events at the same time. */
  push(time: number, priority: number, kind: number, a: number, b: number): void {
    if (this.freeCount === 0) this.grow();
    const slot = this.freeSlots[--this.freeCount]!;
    this.times[slot] = time;
    this.keys[slot] = priority * PRIORITY_SCALE + this.sequence++;
    this.kinds[slot] = kind;
    this.argA[slot] = a;
    this.argB[slot] = b;
    this.siftUp(this.size++, slot);
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    return this.size === 0 ? Infinity : this.times[this.heap[0]!]!;
  }

  /** Removes the earliest event into `time`, `kind`, `a`, `b`. Returns false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const heap = this.heap;
    const top = heap[0]!;
    this.time = this.times[top]!;
    this.kind = this.kinds[top]!;
    this.a = this.argA[top]!;
    this.b = this.argB[top]!;
    this.freeSlots[this.freeCount++] = top;
    const last = heap[--this.size]!;
    if (this.size > 0) this.siftDown(0, last);
    return true;
  }

  clear(): void {
    this.size = 0;
    this.sequence = 0;
    for (let i = 0; i < this.capacity; i++) this.freeSlots[i] = this.capacity - 1 - i;
    this.freeCount = this.capacity;
  }

  private less(x: number, y: number): boolean {
    const tx = this.times[x]!, ty = this.times[y]!;
    return tx < ty || (tx === ty && this.keys[x]! < this.keys[y]!);
  }

  private siftUp(pos: number, slot: number): void {
    const heap = this.heap;
    while (pos > 0) {
      const parentPos = (pos - 1) >> 1;
      const parent = heap[parentPos]!;
      if (!this.less(slot, parent)) break;
      heap[pos] = parent;
      pos = parentPos;
    }
    heap[pos] = slot;
  }

  private siftDown(pos: number, slot: number): void {
    const heap = this.heap;
    const n = this.size;
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && this.less(heap[right]!, heap[child]!)) child = right;
      if (!this.less(heap[child]!, slot)) break;
      heap[pos] = heap[child]!;
      pos = child;
    }
    heap[pos] = slot;
  }

  private grow(): void {
    const old = this.capacity;
    const cap = old * 2;
    const growF = (arr: Float64Array) => { const n = new Float64Array(cap); n.set(arr); return n; };
    const growI = (arr: Int32Array) => { const n = new Int32Array(cap); n.set(arr); return n; };
    this.times = growF(this.times);
    this.keys = growF(this.keys);
    this.kinds = growI(this.kinds);
    this.argA = growI(this.argA);
    this.argB = growI(this.argB);
    this.heap = growI(this.heap);
    this.freeSlots = growI(this.freeSlots);
    for (let i = old; i < cap; i++) this.freeSlots[this.freeCount++] = cap - 1 - (i - old);
    this.capacity = cap;
  }
}
