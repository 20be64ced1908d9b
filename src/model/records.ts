/**
 * Per-message and per-task records, kept as columns of typed arrays (one row per message or task)
 * so a run of a million messages allocates a few arrays, not a million objects.
 *
 * Owns: the record layout and its growth. Every metric of the product is computed from these.
 */

type Column = Float64Array | Int32Array | Uint8Array;
type ColumnKind = 'f64' | 'i32' | 'u8';

function make(kind: ColumnKind, n: number): Column {
  return kind === 'f64' ? new Float64Array(n) : kind === 'i32' ? new Int32Array(n) : new Uint8Array(n);
}

/** A growable table of typed-array columns; `add()` returns the new row index. */
abstract class Table<K extends string> {
  count = 0;
  protected capacity: number;
  protected readonly columns: Record<K, Column>;

  protected constructor(private readonly layout: Record<K, ColumnKind>, capacity: number) {
    this.capacity = capacity;
    this.columns = {} as Record<K, Column>;
    for (const key of Object.keys(layout) as K[]) this.columns[key] = make(layout[key], capacity);
    this.bind();
  }

  /** Re-exposes the columns as fields after they are reallocated. */
  protected abstract bind(): void;

  protected nextRow(): number {
    if (this.count === this.capacity) {
      this.capacity *= 2;
      for (const key of Object.keys(this.layout) as K[]) {
        const grown = make(this.layout[key], this.capacity);
        grown.set(this.columns[key] as never);
        this.columns[key] = grown;
      }
      this.bind();
    }
    return this.count++;
  }
}

/** Final state of a message; every message ends in exactly one of the last three or stays open. */
export const enum Outcome { Open = 0, Answered = 1, Dropped = 2, Abandoned = 3 }

/** Why a message was dropped. */
export const enum DropReason { None = 0, Unmonitored = 1, OutOfScope = 2, Forgotten = 3, Loop = 4 }

/** Where a message came from. */
export const enum Origin { FirstContact = 0, ChannelSwitch = 1, Rework = 2, Crisis = 3, CampaignReply = 4 }

const MESSAGE_LAYOUT = {
  arrival: 'f64', firstResponse: 'f64', resolution: 'f64', patienceEnd: 'f64',
  public: 'i32', channel: 'i32', intent: 'i32', topic: 'i32', entryUnit: 'i32', answeredBy: 'i32',
  parent: 'i32', liveTask: 'i32', handoffs: 'i32',
  outcome: 'u8', dropReason: 'u8', origin: 'u8', organised: 'u8', correct: 'u8', consistent: 'u8',
  insight: 'u8', competent: 'u8', becameOther: 'u8', reacted: 'u8',
} as const satisfies Record<string, ColumnKind>;

export class MessageTable extends Table<keyof typeof MESSAGE_LAYOUT> {
  declare arrival: Float64Array;
  /** Minutes at the first response (NaN until then). */
  declare firstResponse: Float64Array;
  /** Minutes at which the answer reached the customer (NaN until then). */
  declare resolution: Float64Array;
  /** Minutes at which the customer gives up waiting (Infinity: never). */
  declare patienceEnd: Float64Array;
  declare public: Int32Array;
  declare channel: Int32Array;
  declare intent: Int32Array;
  declare topic: Int32Array;
  declare entryUnit: Int32Array;
  declare answeredBy: Int32Array;
  /** The message this one follows up (a switch or a rework), or -1. */
  declare parent: Int32Array;
  /** The task currently carrying the message, or -1. */
  declare liveTask: Int32Array;
  declare handoffs: Int32Array;
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
  /** 1 once the customer has reacted to a wait (gave up, switched, complained louder). */
  declare reacted: Uint8Array;

  constructor(capacity = 4096) {
    super(MESSAGE_LAYOUT, capacity);
  }

  protected bind(): void {
    Object.assign(this, this.columns);
  }

  add(arrival: number, publicIndex: number, channel: number, intent: number, topic: number, origin: Origin, parent: number): number {
    const m = this.nextRow();
    this.arrival[m] = arrival;
    this.firstResponse[m] = NaN;
    this.resolution[m] = NaN;
    this.patienceEnd[m] = Infinity;
    this.public[m] = publicIndex;
    this.channel[m] = channel;
    this.intent[m] = intent;
    this.topic[m] = topic;
    this.entryUnit[m] = -1;
    this.answeredBy[m] = -1;
    this.parent[m] = parent;
    this.liveTask[m] = -1;
    this.origin[m] = origin;
    return m;
  }
}

/** What a task does at its unit. */
export const enum TaskKind { Handle = 0, Relay = 1, Internal = 2 }

/** Where a task is. Queued, Inbox, Transit and Service are "live": the message is somewhere. */
export const enum TaskState { Transit = 0, Inbox = 1, Queued = 2, Service = 3, Done = 4, Cancelled = 5 }

/** What the unit decided to do with a message, drawn when it starts handling it. */
export const enum Action { Answer = 0, Refer = 1, Drop = 2 }

const TASK_LAYOUT = {
  started: 'f64', speed: 'f64', work: 'f64',
  message: 'i32', unit: 'i32', parent: 'i32', rule: 'i32', relayOf: 'i32', definition: 'i32',
  kind: 'u8', state: 'u8', workClass: 'u8', action: 'u8', fractional: 'u8',
} as const satisfies Record<string, ColumnKind>;

export class TaskTable extends Table<keyof typeof TASK_LAYOUT> {
  declare started: Float64Array;
  /** Work speed of the server it runs on (1, or below 1 on a part-time server). */
  declare speed: Float64Array;
  /** Minutes of actual work it takes. */
  declare work: Float64Array;
  /** The message it carries, or -1 for internal work. */
  declare message: Int32Array;
  declare unit: Int32Array;
  /** The handling task at the unit that referred this one, or -1 at the entry unit. */
  declare parent: Int32Array;
  /** The referral rule that brought it, or -1. */
  declare rule: Int32Array;
  /** For relays: the handling task whose answer is being passed back. */
  declare relayOf: Int32Array;
  /** For internal work: the task definition. */
  declare definition: Int32Array;
  declare kind: Uint8Array;
  declare state: Uint8Array;
  declare workClass: Uint8Array;
  declare action: Uint8Array;
  /** 1 when it runs on the unit's part-time server. */
  declare fractional: Uint8Array;

  constructor(capacity = 4096) {
    super(TASK_LAYOUT, capacity);
  }

  protected bind(): void {
    Object.assign(this, this.columns);
  }

  add(kind: TaskKind, unit: number, message: number, workClass: number): number {
    const t = this.nextRow();
    this.kind[t] = kind;
    this.unit[t] = unit;
    this.message[t] = message;
    this.workClass[t] = workClass;
    this.state[t] = TaskState.Transit;
    this.parent[t] = -1;
    this.rule[t] = -1;
    this.relayOf[t] = -1;
    this.definition[t] = -1;
    return t;
  }
}
