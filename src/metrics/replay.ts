/**
 * The org diagram's data: an organisation's units and routes, and the paths of a sample of
 * messages over a few days of one replication, to be replayed in simulated time.
 *
 * Owns: which days are replayed and how many messages are drawn.
 */
import { MINUTES_PER_DAY } from '../engine/calendar';
import { NONE, type CompiledModel } from '../model/compiled';
import { OUTCOME_NAMES, type OutcomeName } from '../model/records';
import { TraceRecorder, type TracedMessage } from '../model/trace';
import type { Scenario } from '../scenario/load';
import { runReplication } from './run-scenario';

/** Days shown: long enough to see a backlog build up and a night and a morning pass. */
export const REPLAY_DAYS = 3;
/** About this many messages arrive on screen during the replay; each dot stands for `stride`. */
const DOTS = 400;

export interface Replay {
  /** Replayed minutes, from the start of a day. */
  start: number;
  end: number;
  /** One dot stands for this many messages. */
  stride: number;
  channels: { id: string; kind: string; isPublic: boolean }[];
  units: { id: string; function: string; headcount: number }[];
  /** Channel → unit: where first contacts go. */
  entries: { channel: number; unit: number }[];
  /** Unit → unit: referral rules. */
  referrals: { from: number; to: number; committed: boolean }[];
  messages: ReplayMessage[];
}

/** A traced message as the page draws it: its outcome by name, so the charts never read the model. */
export type ReplayMessage = Omit<TracedMessage, 'outcome'> & { outcome: OutcomeName };

/**
 * The window replayed: from the day before the first scripted crisis when one is on (the episode
 * shows), otherwise the second week's Monday (a backlog has had time to build), within the horizon.
 */
export function replayWindow(model: CompiledModel): { start: number; end: number } {
  const length = Math.min(REPLAY_DAYS * MINUTES_PER_DAY, model.horizon - model.warmup);
  const crisis = model.crisis?.scripted[0];
  const wanted = crisis ? Math.floor(crisis.start / MINUTES_PER_DAY - 1) * MINUTES_PER_DAY : 7 * MINUTES_PER_DAY;
  const start = Math.max(model.warmup, Math.min(wanted, model.horizon - length));
  return { start, end: start + length };
}

/** First contacts expected in [start, end), from the streams' hourly rates. */
function expectedArrivals(model: CompiledModel, start: number, end: number): number {
  let sum = 0;
  for (let hour = Math.floor(start / 60); hour < Math.ceil(end / 60); hour++) {
    for (const s of model.streams) sum += 60 * s.rate.perMinute[hour % s.rate.perMinute.length]!;
  }
  return sum;
}

function recorderFor(model: CompiledModel): TraceRecorder {
  const { start, end } = replayWindow(model);
  return new TraceRecorder(start, end, Math.max(1, Math.round(expectedArrivals(model, start, end) / DOTS)));
}

/**
 * Keeps every k-th traced message when follow-ups or a crisis brought far more than the budget:
 * the screen stays readable and one dot still stands for the same number of messages.
 */
function thin(messages: TracedMessage[], stride: number, start: number): { messages: TracedMessage[]; stride: number } {
  const arriving = messages.filter((m) => m.arrival >= start).length;
  const k = Math.floor(arriving / DOTS);
  if (k < 2) return { messages, stride };
  return { messages: messages.filter((_, i) => i % k === 0), stride: stride * k };
}

export function describe(model: CompiledModel, recorder: TraceRecorder): Replay {
  const entries = new Map<string, { channel: number; unit: number }>();
  model.entry.forEach((byTopic, channel) => byTopic.forEach((unit) => { if (unit !== NONE) entries.set(`${channel}/${unit}`, { channel, unit }); }));
  const { messages, stride } = thin(recorder.messages(), recorder.stride, recorder.from);
  return {
    start: recorder.from,
    end: recorder.until,
    stride,
    channels: model.channels.map((c) => ({ id: c.id, kind: c.kind, isPublic: c.isPublic })),
    units: model.units.map((u) => ({ id: u.id, function: model.functions[u.function] ?? '', headcount: u.headcount })),
    entries: [...entries.values()],
    referrals: model.referrals.map((r) => ({ from: r.from, to: r.to, committed: r.committed })),
    messages: messages.map((m) => ({ ...m, outcome: OUTCOME_NAMES[m.outcome] })),
  };
}

/** Runs one replication as usual, and records its replay on the side. */
export function runWithReplay(scenario: Scenario, replication: number): { run: ReturnType<typeof runReplication>; replay: Replay } {
  let model: CompiledModel | undefined;
  let recorder: TraceRecorder | undefined;
  const run = runReplication(scenario, replication, (m) => {
    model = m;
    recorder = recorderFor(m);
    return recorder;
  });
  return { run, replay: describe(model!, recorder!) };
}
