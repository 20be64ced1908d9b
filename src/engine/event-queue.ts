/**
 * The future event list: a binary min-heap over typed arrays.
 *
 * Owns: ordering of pending events by (time, priority, sequence). The sequence number makes ties
 * deterministic (first scheduled, first fired). Events are plain numbers (a kind and two integer
 * arguments), so scheduling allocates nothing once the arrays have grown.
 * Never imports anything.
 *
 * Layout: the heap itself holds only (time, slot) per position, so sifting moves two numbers per
 * level; the tie-break key and the payload stay put in their slot (a free slot is taken on push
 * and given back on pop). Times rarely tie, so the key is read only when they do.
 */

const PRIORITY_SCALE = 2 ** 40; // sequence numbers stay exact below 2^40 (about 10^12 events)

export class EventQueue {
  /** Time of the event at each heap position. */
  private times: Float64Array;
  /** Slot of the event at each heap position. */
  private slots: Int32Array;
  /** Per slot: priority * 2^40 + sequence. */
  private keys: Float64Array;
  /** Per slot: [kind, a, b]. */
  private payload: Int32Array;
  /** Stack of free slots; `capacity - size` of them. */
  private free: Int32Array;
  private capacity: number;
  private sequence = 0;
  size = 0;

  /** Fields of the event taken by the last `pop()`. */
  time = 0;
  kind = 0;
  a = 0;
  b = 0;

  constructor(initialCapacity = 1024) {
    this.capacity = Math.max(1, Math.ceil(initialCapacity));
    this.times = new Float64Array(this.capacity);
    this.slots = new Int32Array(this.capacity);
    this.keys = new Float64Array(this.capacity);
    this.payload = new Int32Array(3 * this.capacity);
    this.free = new Int32Array(this.capacity);
    for (let i = 0; i < this.capacity; i++) this.free[i] = this.capacity - 1 - i;
  }

  /** Adds an event; lower priority numbers fire first among events at the same time. */
  push(time: number, priority: number, kind: number, a: number, b: number): void {
    if (this.size === this.capacity) this.grow();
    const slot = this.free[this.capacity - 1 - this.size]!;
    this.keys[slot] = priority * PRIORITY_SCALE + this.sequence++;
    const payload = this.payload;
    payload[3 * slot] = kind;
    payload[3 * slot + 1] = a;
    payload[3 * slot + 2] = b;
    const times = this.times, slots = this.slots;
    let pos = this.size++;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && this.firesBefore(slots[parent]!, slot))) break;
      times[pos] = pt;
      slots[pos] = slots[parent]!;
      pos = parent;
    }
    times[pos] = time;
    slots[pos] = slot;
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    return this.size === 0 ? Infinity : this.times[0]!;
  }

  /** Removes the earliest event into `time`, `kind`, `a`, `b`. Returns false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const times = this.times, slots = this.slots, payload = this.payload;
    const top = slots[0]!;
    this.time = times[0]!;
    this.kind = payload[3 * top]!;
    this.a = payload[3 * top + 1]!;
    this.b = payload[3 * top + 2]!;
    const n = --this.size;
    this.free[this.capacity - 1 - n] = top;
    // Sift the last entry down from the root.
    const time = times[n]!, slot = slots[n]!;
    let pos = 0;
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= n) break;
      let ct = times[child]!;
      const right = child + 1;
      if (right < n) {
        const rt = times[right]!;
        if (rt < ct || (rt === ct && this.firesBefore(slots[right]!, slots[child]!))) { child = right; ct = rt; }
      }
      if (ct > time || (ct === time && this.firesBefore(slot, slots[child]!))) break;
      times[pos] = ct;
      slots[pos] = slots[child]!;
      pos = child;
    }
    times[pos] = time;
    slots[pos] = slot;
    return true;
  }

  /**
   * Whether the event in slot x fires before the one in slot y at the same time. Kept out of
   * push and pop (times rarely tie) so that they stay small enough for V8 to inline.
   */
  private firesBefore(x: number, y: number): boolean {
    return this.keys[x]! < this.keys[y]!;
  }

  clear(): void {
    this.size = 0;
    this.sequence = 0;
    for (let i = 0; i < this.capacity; i++) this.free[i] = this.capacity - 1 - i;
  }

  private grow(): void {
    // Only when full: every slot is in the heap, so the new slots are the free ones.
    const old = this.capacity;
    const capacity = 2 * old;
    const widen = <T extends Float64Array | Int32Array>(from: T, make: (n: number) => T, n: number): T => {
      const to = make(n);
      to.set(from);
      return to;
    };
    this.times = widen(this.times, (n) => new Float64Array(n), capacity);
    this.slots = widen(this.slots, (n) => new Int32Array(n), capacity);
    this.keys = widen(this.keys, (n) => new Float64Array(n), capacity);
    this.payload = widen(this.payload, (n) => new Int32Array(n), 3 * capacity);
    this.free = new Int32Array(capacity);
    // Free slots are read from index capacity - 1 - size downwards: the new ones fill that end.
    for (let i = 0; i < old; i++) this.free[i] = capacity - 1 - i;
    this.capacity = capacity;
  }
}
