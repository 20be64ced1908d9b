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
 *
 * A popped event leaves the heap lazily (see `pop`): most events schedule one more, which then
 * replaces it at the root in a single pass down, as in a heap's "replace top". Measured with
 * tests/bench/count-instructions.sh: −10 % instructions per event on the bare kernel, −5 % on the
 * engine.
 */

const PRIORITY_SCALE = 2 ** 40; // sequence numbers stay exact below 2^40 (about 10^12 events)

export class EventQueue {
  /** Time of the event at each heap position. */
  private times: Float64Array;
  /**
   * Slot of the event at each heap position: positions below `count` are the heap, the rest hold
   * the free slots (so `slots` is always a permutation of all slots and needs no free list).
   */
  private slots: Int32Array;
  /** Per slot: priority * 2^40 + sequence. */
  private keys: Float64Array;
  /** Per slot: [kind, a, b]. */
  private payload: Int32Array;
  private capacity: number;
  private sequence = 0;
  /** Entries in the heap, the taken root included. */
  private count = 0;
  /** Whether the root is the event taken by the last `pop()`, not yet removed. */
  private taken = false;

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
    for (let i = 0; i < this.capacity; i++) this.slots[i] = i;
  }

  /** Events waiting (the one taken by the last `pop()` no longer counts). */
  get size(): number {
    return this.taken ? this.count - 1 : this.count;
  }

  /** Adds an event; lower priority numbers fire first among events at the same time. */
  push(time: number, priority: number, kind: number, a: number, b: number): void {
    if (this.taken) return this.replaceTop(time, priority, kind, a, b);
    if (this.count === this.capacity) this.grow();
    const slot = this.slots[this.count]!; // the first free slot, just past the heap
    this.fill(slot, priority, kind, a, b);
    const times = this.times, slots = this.slots;
    let pos = this.count++;
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
    if (this.taken) this.removeTop();
    return this.count === 0 ? Infinity : this.times[0]!;
  }

  /**
   * Takes the earliest event into `time`, `kind`, `a`, `b` if it is due by `until`; returns false
   * when there is none. The event stays at the root until the next call: if the caller schedules
   * an event meanwhile, that event takes its place in one pass down the heap instead of one pass
   * down and one up.
   */
  pop(until = Infinity): boolean {
    if (this.taken) this.removeTop();
    if (this.count === 0 || this.times[0]! > until) return false;
    const top = this.slots[0]!;
    const payload = this.payload;
    this.time = this.times[0]!;
    this.kind = payload[3 * top]!;
    this.a = payload[3 * top + 1]!;
    this.b = payload[3 * top + 2]!;
    this.taken = true;
    return true;
  }

  /** Puts a new event in the slot of the taken root and sifts it down. */
  private replaceTop(time: number, priority: number, kind: number, a: number, b: number): void {
    this.taken = false;
    const slot = this.slots[0]!;
    this.fill(slot, priority, kind, a, b);
    this.siftDown(time, slot, this.count);
  }

  /** Removes the taken root: the last entry moves to the root and sinks. */
  private removeTop(): void {
    this.taken = false;
    const n = --this.count;
    const freed = this.slots[0]!;
    this.siftDown(this.times[n]!, this.slots[n]!, n);
    this.slots[n] = freed; // the root's slot joins the free ones past the heap
  }

  /** Places (time, slot) from the root down, in a heap of n entries. */
  private siftDown(time: number, slot: number, n: number): void {
    const times = this.times, slots = this.slots;
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
  }

  /** Writes an event's tie-break key and payload into its slot. */
  private fill(slot: number, priority: number, kind: number, a: number, b: number): void {
    this.keys[slot] = priority * PRIORITY_SCALE + this.sequence++;
    const payload = this.payload;
    // `| 0` tells V8 the arguments are int32: without it each store went through a double
    // (count-instructions.sh engine: −17 instructions per event).
    payload[3 * slot] = kind | 0;
    payload[3 * slot + 1] = a | 0;
    payload[3 * slot + 2] = b | 0;
  }

  /**
   * Whether the event in slot x fires before the one in slot y at the same time. Kept out of
   * push and pop (times rarely tie) so that they stay small enough for V8 to inline.
   */
  private firesBefore(x: number, y: number): boolean {
    return this.keys[x]! < this.keys[y]!;
  }

  clear(): void {
    this.count = 0;
    this.taken = false;
    this.sequence = 0;
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
    for (let i = old; i < capacity; i++) this.slots[i] = i;
    this.capacity = capacity;
  }
}
