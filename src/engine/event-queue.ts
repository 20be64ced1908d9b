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
 * Placing an event (`insert`, which `push` and the kernel call) is one small function on purpose.
 * V8 inlines a call only while the caller's total of inlined bytecode stays under a budget (920
 * bytes in Node 20), and the model schedules events
 * from its busiest functions: a bigger one (an earlier version left the popped root in place for
 * the next push to replace, 675 bytes of bytecode) made V8 call, rather than inline, the model's
 * own steps. Measured with `npm run bench`: −7 % ns/event on the engine, the bare kernel unchanged.
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
  /** Entries in the heap. */
  private count = 0;
  /**
   * The time being placed by `insert` or a sift down. A field rather than an argument: a double
   * passed to a call that V8 does not inline is boxed into a new heap number, one per event.
   */
  moving = 0;

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

  /** Events waiting. */
  get size(): number {
    return this.count;
  }

  /**
   * Adds an event; lower priority numbers fire first among events at the same time, then the
   * first pushed. Needs 0 ≤ kind < 2^16 and 0 ≤ priority < 2^16 (they share one word).
   */
  push(time: number, priority: number, kind: number, a: number, b: number): void {
    this.moving = time;
    this.insert(priority, kind, a, b);
  }

  /**
   * `push` for the time in `moving`, which the kernel sets: when V8 compiles a busy caller without
   * inlining this, a time passed as an argument would be boxed into a new heap number per event.
   */
  insert(priority: number, kind: number, a: number, b: number): void {
    if (this.count === this.capacity) this.grow();
    let pos = this.count++;
    const slot = this.slots[pos]!; // the first free slot, just past the heap
    const events = this.events, first = slot << 2;
    events[first] = (priority << KIND_BITS) | kind;
    events[first | 1] = a | 0;
    events[first | 2] = b | 0;
    events[first | 3] = this.sequence;
    this.sequence = (this.sequence + 1) | 0;
    const times = this.times, slots = this.slots, time = this.moving;
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
    return this.count === 0 ? Infinity : this.times[0]!;
  }

  /**
   * Takes the earliest event out of the queue into `time`, `kind`, `a`, `b` if it is due by
   * `until`; returns false when there is none.
   */
  pop(until = Infinity): boolean {
    if (this.count === 0 || this.times[0]! > until) return false;
    const first = this.slots[0]! << 2;
    const events = this.events;
    this.time = this.times[0]!;
    this.kind = events[first]! & KIND_MASK;
    this.a = events[first | 1]!;
    this.b = events[first | 2]!;
    this.removeTop();
    return true;
  }

  /** Removes the root: the last entry moves to the root and sinks. */
  private removeTop(): void {
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

  /**
   * Whether the event in slot x fires before the one in slot y at the same time: lower priority
   * first, then the one pushed first. Sequence numbers are compared by their difference, so the
   * order stays right across the wrap at 2^32 as long as the two were pushed less than 2^31
   * pushes apart (an event budget is far below that). Kept out of push and siftDown (times
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
