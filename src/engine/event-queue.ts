/**
 * The future event list: a binary min-heap over typed arrays.
 *
 * Owns: ordering of pending events by (time, priority, sequence). The sequence number makes ties
 * deterministic (first scheduled, first fired). Events are plain numbers (a kind and two integer
 * arguments) stored in the heap's own arrays, so scheduling allocates nothing once the arrays have
 * grown, and sifting touches a few contiguous entries (the list of pending events is short).
 * Never imports anything.
 */

const PRIORITY_SCALE = 2 ** 40; // sequence numbers stay exact below 2^40 (about 10^12 events)

export class EventQueue {
  /** [time, priority * 2^40 + sequence] per heap position. */
  private order: Float64Array;
  /** [kind, a, b] per heap position. */
  private payload: Int32Array;
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
    this.order = new Float64Array(2 * initialCapacity);
    this.payload = new Int32Array(3 * initialCapacity);
  }

  /** Adds an event; lower priority numbers fire first among events at the same time. */
  push(time: number, priority: number, kind: number, a: number, b: number): void {
    if (this.size === this.capacity) this.grow();
    const key = priority * PRIORITY_SCALE + this.sequence++;
    const order = this.order;
    let pos = this.size++;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pt = order[2 * parent]!;
      if (pt < time || (pt === time && order[2 * parent + 1]! < key)) break;
      this.move(parent, pos);
      pos = parent;
    }
    this.place(pos, time, key, kind, a, b);
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    return this.size === 0 ? Infinity : this.order[0]!;
  }

  /** Removes the earliest event into `time`, `kind`, `a`, `b`. Returns false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const order = this.order, payload = this.payload;
    this.time = order[0]!;
    this.kind = payload[0]!;
    this.a = payload[1]!;
    this.b = payload[2]!;
    const last = --this.size;
    if (last === 0) return true;
    // Sift the last entry down from the root.
    const time = order[2 * last]!, key = order[2 * last + 1]!;
    const kind = payload[3 * last]!, a = payload[3 * last + 1]!, b = payload[3 * last + 2]!;
    const n = last;
    let pos = 0;
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n) {
        const ct = order[2 * child]!, rt = order[2 * right]!;
        if (rt < ct || (rt === ct && order[2 * right + 1]! < order[2 * child + 1]!)) child = right;
      }
      const ct = order[2 * child]!;
      if (ct > time || (ct === time && order[2 * child + 1]! > key)) break;
      this.move(child, pos);
      pos = child;
    }
    this.place(pos, time, key, kind, a, b);
    return true;
  }

  clear(): void {
    this.size = 0;
    this.sequence = 0;
  }

  private place(pos: number, time: number, key: number, kind: number, a: number, b: number): void {
    this.order[2 * pos] = time;
    this.order[2 * pos + 1] = key;
    this.payload[3 * pos] = kind;
    this.payload[3 * pos + 1] = a;
    this.payload[3 * pos + 2] = b;
  }

  private move(from: number, to: number): void {
    const order = this.order, payload = this.payload;
    order[2 * to] = order[2 * from]!;
    order[2 * to + 1] = order[2 * from + 1]!;
    payload[3 * to] = payload[3 * from]!;
    payload[3 * to + 1] = payload[3 * from + 1]!;
    payload[3 * to + 2] = payload[3 * from + 2]!;
  }

  private grow(): void {
    this.capacity *= 2;
    const order = new Float64Array(2 * this.capacity);
    order.set(this.order);
    const payload = new Int32Array(3 * this.capacity);
    payload.set(this.payload);
    this.order = order;
    this.payload = payload;
  }
}
