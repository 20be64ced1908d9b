/**
 * The future event list: a binary min-heap over typed arrays.
 *
 * Owns: ordering of pending events by (time, priority, sequence). The sequence number makes ties
 * deterministic (first scheduled, first fired). Events are plain numbers (a kind and two integer
 * arguments), so scheduling allocates nothing once the arrays have grown.
 * Never imports anything.
 *
 * Layout: the heap itself holds only (time, slot) per position, so sifting moves two numbers per
 * level; the event's kind, arguments and tie-break stay put in their slot (a free slot is taken on
 * push and given back on pop). Times rarely tie, so the tie-break is read only when they do.
 *
 * A popped event leaves the heap lazily (see `pop`): most events schedule one more, which then
 * replaces it at the root in a single pass down, as in a heap's "replace top". Measured with
 * tests/bench/count-instructions.sh: −10 % instructions per event on the bare kernel, −5 % on the
 * engine.
 */

/** Words per slot in `events`: kind and priority, a, b, sequence. A power of two, so a slot's first word is `slot << 2`. */
const STRIDE = 4;
/** The priority sits above the kind in the first word: 0 ≤ kind < 2^16, 0 ≤ priority < 2^16. */
const KIND_BITS = 16;
const KIND_MASK = (1 << KIND_BITS) - 1;

export class EventQueue {
  /** Time of the event at each heap position. */
  private times: Float64Array;
  /**
   * Slot of the event at each heap position: positions below `count` are the heap, the rest hold
   * the free slots (so `slots` is always a permutation of all slots and needs no free list).
   */
  private slots: Int32Array;
  /** Per slot, STRIDE int32 words: priority << 16 | kind, a, b, sequence. All integers: four plain stores per event. */
  private events: Int32Array;
  private capacity: number;
  /** Pushes so far, as an int32 that wraps around (see `firesBefore`). */
  private sequence = 0;
  /** Entries in the heap, the taken root included. */
  private count = 0;
  /**
   * 1 while the root is the event taken by the last `pop()`, not yet removed. A number, not a
   * boolean: V8 tests a boolean field with a full truthiness check.
   */
  private taken = 0;
  /**
   * The time being placed by `insert` or a sift. A field rather than an argument: a double passed
   * to a call that V8 does not inline is boxed into a new heap number, one per event.
   */
  private moving = 0;

  /** Fields of the event taken by the last `pop()`. */
  time = 0;
  kind = 0;
  a = 0;
  b = 0;

  constructor(initialCapacity = 1024) {
    this.capacity = Math.max(1, Math.ceil(initialCapacity));
    this.times = new Float64Array(this.capacity);
    this.slots = new Int32Array(this.capacity);
    this.events = new Int32Array(STRIDE * this.capacity);
    for (let i = 0; i < this.capacity; i++) this.slots[i] = i;
  }

  /** Events waiting (the one taken by the last `pop()` no longer counts). */
  get size(): number {
    return this.taken !== 0 ? this.count - 1 : this.count;
  }

  /**
   * Adds an event; lower priority numbers fire first among events at the same time, then the
   * first pushed. Needs 0 ≤ kind < 2^16 and 0 ≤ priority < 2^16 (they share one word).
   */
  push(time: number, priority: number, kind: number, a: number, b: number): void {
    this.moving = time;
    this.insert(priority, kind, a, b);
  }

  /** `push` for the time in `moving`. */
  private insert(priority: number, kind: number, a: number, b: number): void {
    if (this.taken !== 0) return this.replaceTop(priority, kind, a, b);
    if (this.count === this.capacity) this.grow();
    const slot = this.slots[this.count]!; // the first free slot, just past the heap
    this.fill(slot, priority, kind, a, b);
    const times = this.times, slots = this.slots, time = this.moving;
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
    if (this.taken !== 0) this.removeTop();
    return this.count === 0 ? Infinity : this.times[0]!;
  }

  /**
   * Takes the earliest event into `time`, `kind`, `a`, `b` if it is due by `until`; returns false
   * when there is none. The event stays at the root until the next call: if the caller schedules
   * an event meanwhile, that event takes its place in one pass down the heap instead of one pass
   * down and one up.
   */
  pop(until = Infinity): boolean {
    if (this.taken !== 0) this.removeTop();
    if (this.count === 0 || this.times[0]! > until) return false;
    const first = this.slots[0]! << 2;
    const events = this.events;
    this.time = this.times[0]!;
    this.kind = events[first]! & KIND_MASK;
    this.a = events[first | 1]!;
    this.b = events[first | 2]!;
    this.taken = 1;
    return true;
  }

  /** Puts the new event (time in `moving`) in the slot of the taken root and sifts it down. */
  private replaceTop(priority: number, kind: number, a: number, b: number): void {
    this.taken = 0;
    const slot = this.slots[0]!;
    this.fill(slot, priority, kind, a, b);
    this.siftDown(slot, this.count);
  }

  /** Removes the taken root: the last entry moves to the root and sinks. */
  private removeTop(): void {
    this.taken = 0;
    const n = --this.count;
    const freed = this.slots[0]!;
    this.moving = this.times[n]!;
    this.siftDown(this.slots[n]!, n);
    this.slots[n] = freed; // the root's slot joins the free ones past the heap
  }

  /** Places (`moving`, slot) from the root down, in a heap of n entries. */
  private siftDown(slot: number, n: number): void {
    const times = this.times, slots = this.slots, time = this.moving;
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

  /** Writes an event's kind, priority, arguments and sequence number into its slot. */
  private fill(slot: number, priority: number, kind: number, a: number, b: number): void {
    const events = this.events, first = slot << 2;
    // `| 0` tells V8 the values are int32, so each store is a plain 32-bit write; `first | k`
    // rather than `first + k` (first is a multiple of 4) needs no overflow check.
    events[first] = (priority << KIND_BITS) | kind;
    events[first | 1] = a | 0;
    events[first | 2] = b | 0;
    events[first | 3] = this.sequence;
    this.sequence = (this.sequence + 1) | 0;
  }

  /**
   * Whether the event in slot x fires before the one in slot y at the same time: lower priority
   * first, then the one pushed first. Sequence numbers are compared by their difference, so the
   * order stays right across the wrap at 2^32 as long as the two were pushed less than 2^31
   * pushes apart (an event budget is far below that). Kept out of insert and siftDown (times
   * rarely tie) so that they stay small enough for V8 to inline.
   */
  private firesBefore(x: number, y: number): boolean {
    const events = this.events;
    const px = events[x << 2]! >>> KIND_BITS, py = events[y << 2]! >>> KIND_BITS;
    if (px !== py) return px < py;
    return ((events[(x << 2) | 3]! - events[(y << 2) | 3]!) | 0) < 0;
  }

  clear(): void {
    this.count = 0;
    this.taken = 0;
    this.sequence = 0;
  }

  private grow(): void {
    // Only when full: every slot is in the heap, so the new slots are the free ones.
    const old = this.capacity;
    const capacity = 2 * old;
    const times = new Float64Array(capacity);
    times.set(this.times);
    this.times = times;
    const slots = new Int32Array(capacity);
    slots.set(this.slots);
    for (let i = old; i < capacity; i++) slots[i] = i;
    this.slots = slots;
    const events = new Int32Array(STRIDE * capacity);
    events.set(this.events);
    this.events = events;
    this.capacity = capacity;
  }
}
