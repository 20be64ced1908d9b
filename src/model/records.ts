/**
 * Per-message records, kept as columns of typed arrays (one row per message) so a run of a million
 * messages allocates one buffer, not a million objects; and the tasks in progress, pooled objects.
 *
 * Owns: the record layout and its growth. Every metric of the product is computed from these.
 */

import { giveBuffer, takeBuffer } from './buffer-pool';

/** Rows a table at its limit keeps for the event in progress (an event adds a few messages at most). */
const LIMIT_RESERVE = 1024;

type Column = Float64Array | Int32Array | Int16Array | Uint8Array;
type ColumnType = 'f64' | 'i32' | 'i16' | 'u8';
/**
 * A column's type, optionally with the value new rows start with (0 otherwise). Narrow types keep
 * a row small: indices of units (≤ 200), topics, channels, publics and intents fit 8 or 16 bits.
 */
type ColumnKind = ColumnType | readonly ['f64' | 'i32' | 'i16', number];

const VIEW = { f64: Float64Array, i32: Int32Array, i16: Int16Array, u8: Uint8Array } as const;

/**
 * A growable table of typed-array columns; `add()` returns the new row index. All columns of a
 * table live in one buffer, widest first so each stays aligned, and the buffer goes back to the
 * pool (buffer-pool.ts) when the table is recycled or outgrown. So never keep a column across an
 * `add()` (write `const m = messages.add(…); messages.arrival[m] = …`, not `messages.arrival[messages.add(…)]`):
 * after a growth the old column's memory may already belong to another table.
 */
abstract class Table<K extends string> {
  count = 0;
  /** Rows that may be added before the table grows (or, at its limit, tells its owner). */
  protected capacity = 0;
  /** Rows the columns hold. */
  private rows = 0;
  protected columns = {} as Record<K, Column>;
  private buffer: ArrayBuffer | null = null;
  /** Columns in buffer order: type, value of a new row, name. */
  private readonly order: { key: K; type: ColumnType; initial: number }[];
  readonly rowBytes: number;
  /**
   * Called once when the table reaches its most rows: the owner then stops the run, and the table
   * still has LIMIT_RESERVE rows for what the event in progress adds.
   */
  onFull: (() => void) | null = null;

  protected constructor(layout: Record<K, ColumnKind>, capacity: number, private readonly maxRows = Infinity) {
    this.order = (Object.keys(layout) as K[])
      .map((key) => {
        const kind = layout[key];
        const [type, initial] = typeof kind === 'string' ? [kind, 0] : kind;
        return { key, type, initial };
      })
      .sort((a, b) => VIEW[b.type].BYTES_PER_ELEMENT - VIEW[a.type].BYTES_PER_ELEMENT);
    this.rowBytes = this.order.reduce((sum, c) => sum + VIEW[c.type].BYTES_PER_ELEMENT, 0);
    this.allocate(Math.max(16, Math.ceil(capacity)));
  }

  /** Re-exposes the columns as fields after they are reallocated. */
  protected abstract bind(): void;

  protected nextRow(): number {
    if (this.count === this.capacity) this.grow();
    return this.count++;
  }

  /** Kept out of nextRow, which every new row goes through: V8 then inlines it at little cost. */
  private grow(): void {
    if (this.capacity < this.rows) {
      this.capacity = this.rows; // the reserve of the last block the limit allows
      this.onFull?.();
      return;
    }
    this.allocate(2 * Math.max(8, this.rows));
  }

  /** Bytes the columns hold. */
  get bytes(): number {
    return this.rows * this.rowBytes;
  }

  /**
   * Gives the table's memory to the pool for the next table. The table is empty afterwards; views
   * of its columns taken before must not be read again.
   */
  recycle(): void {
    if (this.buffer) giveBuffer(this.buffer);
    this.buffer = null;
    this.count = this.capacity = this.rows = 0;
    for (const { key, type } of this.order) this.columns[key] = new VIEW[type](0);
    this.bind();
  }

  /**
   * Moves the rows into a buffer of `wanted` rows, or of the table's most rows (kept out of nextRow
   * so that `add` stays small enough to inline); new rows start at their initial values. The block
   * that reaches the limit keeps LIMIT_RESERVE rows out of `capacity`; past the limit (an owner
   * that did not stop) the table grows by the reserve each time.
   */
  private allocate(wanted: number): void {
    const lastBlock = wanted >= this.maxRows && this.rows < this.maxRows;
    const capacity = wanted >= this.maxRows ? Math.max(this.maxRows, this.rows + LIMIT_RESERVE) : wanted;
    const { buffer, reused } = takeBuffer(capacity * this.rowBytes);
    let offset = 0;
    for (const { key, type, initial } of this.order) {
      const column = new VIEW[type](buffer, offset, capacity);
      offset += column.byteLength;
      if (initial !== 0 || reused) column.fill(initial); // one pass per column, whatever it held
      if (this.count > 0) column.set(this.columns[key].subarray(0, this.count) as never);
      this.columns[key] = column;
    }
    if (this.buffer) giveBuffer(this.buffer);
    this.buffer = buffer;
    this.rows = capacity;
    // Above the row being added (nextRow grows only when count reaches capacity).
    this.capacity = lastBlock ? Math.max(this.count + 1, capacity - LIMIT_RESERVE) : capacity;
    this.bind();
  }
}

/** Final state of a message; every message ends in exactly one of the last three or stays open. */
export const enum Outcome { Open = 0, Answered = 1, Dropped = 2, Abandoned = 3 }

/** Outcomes by name, indexed by `Outcome`: what leaves the model (flows, replays) carries names, not the enum. */
export const OUTCOME_NAMES = ['open', 'answered', 'dropped', 'abandoned'] as const;
export type OutcomeName = (typeof OUTCOME_NAMES)[number];

/** Why a message was dropped. */
export const enum DropReason { None = 0, Unmonitored = 1, OutOfScope = 2, Forgotten = 3, Loop = 4, Unclaimed = 5 }

/** Where a message came from. */
export const enum Origin { FirstContact = 0, ChannelSwitch = 1, Rework = 2, Crisis = 3, CampaignReply = 4, Confusion = 5 }

const MESSAGE_LAYOUT = {
  arrival: 'f64', firstResponse: ['f64', NaN], resolution: ['f64', NaN],
  public: 'u8', channel: 'u8', intent: 'u8', topic: 'u8', entryUnit: ['i16', -1], answeredBy: ['i16', -1],
  parent: 'i32', liveTask: ['i32', -1], handoffs: 'u8',
  outcome: 'u8', dropReason: 'u8', origin: 'u8', organised: 'u8', correct: 'u8', consistent: 'u8',
  insight: 'u8', competent: 'u8', becameOther: 'u8', looped: 'u8',
} as const satisfies Record<string, ColumnKind>;

export class MessageTable extends Table<keyof typeof MESSAGE_LAYOUT> {
  /** Bytes of one message's row. */
  static readonly ROW_BYTES = Object.values(MESSAGE_LAYOUT).reduce((sum: number, kind) => sum + VIEW[typeof kind === 'string' ? kind : kind[0]].BYTES_PER_ELEMENT, 0);

  declare arrival: Float64Array;
  /** Minutes at the first response (NaN until then). */
  declare firstResponse: Float64Array;
  /** Minutes at which the answer reached the customer (NaN until then). */
  declare resolution: Float64Array;
  declare public: Uint8Array;
  declare channel: Uint8Array;
  declare intent: Uint8Array;
  declare topic: Uint8Array;
  declare entryUnit: Int16Array;
  declare answeredBy: Int16Array;
  /** The message this one follows up (a switch or a rework), or -1. */
  declare parent: Int32Array;
  /** The task currently carrying the message, or -1. */
  declare liveTask: Int32Array;
  declare handoffs: Uint8Array;
  declare outcome: Uint8Array;
  declare dropReason: Uint8Array;
  declare origin: Uint8Array;
  declare organised: Uint8Array;
  declare correct: Uint8Array;
  declare consistent: Uint8Array;
  /** 1 when a suggestion reached the function that must hear it. */
  declare insight: Uint8Array;
  /** 1 when the unit that answered was competent on the topic. */
  declare competent: Uint8Array;
  /** 1 when the answer moved the customer to another public (relationship outcome). */
  declare becameOther: Uint8Array;
  /** 1 when its referral chain came back to a unit it had already visited. */
  declare looped: Uint8Array;

  /** Room for `capacity` messages at first; `maxRows` at most (see Table.onFull). */
  constructor(capacity = 4096, maxRows = Infinity) {
    super(MESSAGE_LAYOUT, capacity, maxRows);
  }

  protected bind(): void {
    Object.assign(this, this.columns);
  }

  /**
   * A new message; the caller sets its arrival time (a time passed into a call that V8 does not
   * inline would be boxed into a fresh heap number on every message).
   */
  add(publicIndex: number, channel: number, intent: number, topic: number, origin: Origin, parent: number): number {
    const m = this.nextRow();
    this.public[m] = publicIndex;
    this.channel[m] = channel;
    this.intent[m] = intent;
    this.topic[m] = topic;
    this.parent[m] = parent;
    this.origin[m] = origin;
    return m;
  }
}

/** Rows a task table at the memory budget adds for the event in progress. */
const RESERVE_TASKS = 64;

/** What a task does at its unit. */
export const enum TaskKind { Handle = 0, Relay = 1, Internal = 2, Duplicate = 3 }

/**
 * Where a task is. Queued, Inbox, Transit and Service are "live": the message is somewhere.
 * Free marks a row given back for reuse (see TaskTable.release).
 */
export const enum TaskState { Transit = 0, Inbox = 1, Queued = 2, Service = 3, Done = 4, Cancelled = 5, Free = 6 }

/** What the unit decided to do with a message, drawn when it starts handling it. */
export const enum Action { Answer = 0, Refer = 1, Drop = 2 }

/**
 * One piece of work at a unit: handling a message, relaying an answer back, or internal work.
 * An object rather than a row of typed arrays: tasks are few at any moment (the work in progress)
 * and their rows are reused, and the busiest functions read and write several fields of one task,
 * which on an object is one load each once the object is in hand (a typed-array column costs
 * several loads per function before its first element).
 */
export class Task {
  kind: TaskKind = TaskKind.Handle;
  /** The unit it is at. */
  unit = 0;
  /** The message it carries, or -1 for internal work. */
  message = -1;
  /** The handling task at the unit that referred this one, or -1 at the entry unit. */
  parent = -1;
  /** The referral rule that brought it, or -1. */
  rule = -1;
  /** For relays: the handling task whose answer is being passed back. */
  relayOf = -1;
  /** For internal work: the task definition. */
  definition = -1;
  state: TaskState = TaskState.Free;
  workClass = 0;
  action: Action = Action.Answer;
  /** Work speed of the server it runs on (1, or below 1 on a part-time server). Starts as a fraction so V8 keeps the field a double. */
  speed = 0.5;
  /** Minutes of actual work it takes. */
  work = 0.5;
}

/**
 * The tasks of a run, by index (events and queues carry the index). Rows given back by `release`
 * are taken again by `add` before a new one is made, so the table holds about the work in
 * progress (and the referral chains of open messages), not every task of the run.
 */
export class TaskTable {
  /** Every row made so far, live or free (see `state`). */
  readonly rows: Task[] = [];
  /** Free rows, the next to take last; as long as `rows`, so a release always finds room. */
  private freeRows = new Int32Array(0);
  private freeCount = 0;
  /**
   * Asked before the table doubles, with the rows it would then hold: false when that would pass
   * the run's memory budget (the owner then stops the run), and the table grows by RESERVE_TASKS
   * rows only, enough for the event in progress.
   */
  mayGrowTo: ((rows: number) => boolean) | null = null;

  get count(): number {
    return this.rows.length;
  }

  /**
   * A new task, in transit, on a free row. Every field a task may read before it is written is
   * reset; `relayOf` and `definition` are read only by relays and internal work, whose creators
   * always set them, and `action`, `speed` and `work` are written when its service starts.
   */
  add(kind: TaskKind, unit: number, message: number, workClass: number): number {
    if (this.freeCount === 0) this.grow();
    const t = this.freeRows[--this.freeCount]!;
    const task = this.rows[t]!;
    task.kind = kind;
    task.unit = unit;
    task.message = message;
    task.workClass = workClass;
    task.state = TaskState.Transit;
    task.parent = -1;
    task.rule = -1;
    return t;
  }

  /**
   * Gives row t back for reuse: only once nothing refers to it any more (no pending event, queue
   * entry, child task or relay).
   */
  release(t: number): void {
    const task = this.rows[t]!;
    // Given back twice, one row would carry two live tasks at once.
    if (task.state === TaskState.Free) throw new Error(`internal: task row ${t} released twice`);
    task.state = TaskState.Free;
    this.freeRows[this.freeCount++] = t;
  }

  /**
   * Makes as many new rows as there are (at least 64), all free, the lowest index taken first.
   * Out of `add`, so that the code every task goes through never builds an object.
   */
  private grow(): void {
    const from = this.rows.length;
    let to = Math.max(64, 2 * from);
    if (this.mayGrowTo !== null && !this.mayGrowTo(to)) to = from + RESERVE_TASKS;
    if (this.freeRows.length < to) {
      const grown = new Int32Array(to);
      grown.set(this.freeRows.subarray(0, this.freeCount));
      this.freeRows = grown;
    }
    for (let t = from; t < to; t++) this.rows.push(new Task());
    for (let t = to - 1; t >= from; t--) this.freeRows[this.freeCount++] = t;
  }
}
