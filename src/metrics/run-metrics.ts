/**
 * From one replication's records to its figures: a flat map of named values (latency, coverage,
 * quality, cost, load, outcomes…), the flow counts a Sankey draws, and the time series.
 *
 * Pure transforms of a finished Simulation; measures only messages that arrived after warm-up.
 * A figure with nothing to measure (no suggestions, say) is left out rather than set to NaN.
 */
import { NONE, type CompiledModel } from '../model/compiled';
import { DropReason, Origin, Outcome } from '../model/records';
import type { Simulation } from '../model/simulation';
import { percentileSorted } from './stats';

export type Values = Record<string, number>;

export interface Flows {
  /** [source, target, count]: public→channel→entry unit→outcome, nodes named "kind:id". */
  links: [string, string, number][];
  /** [from unit, to unit, count] of referrals (hand-offs towards an expert). */
  referrals: [string, string, number][];
}

export interface Series {
  interval: number;
  arrivals: number[];
  visibility: number[];
  crisisMultiplier: number[];
  /** By unit id. */
  utilisation: Record<string, number[]>;
  backlog: Record<string, number[]>;
  onDuty: Record<string, number[]>;
  /** By unit id, one value per day (units with volunteers only). */
  participation: Record<string, number[]>;
}

/** Latency quantiles at 0%, 5%, …, 100% (21 points), in minutes; empty when nothing was measured. */
export interface Distributions {
  firstResponse: number[];
  resolution: number[];
}

export const QUANTILE_STEPS = Array.from({ length: 21 }, (_, i) => i / 20);

export interface RunMetrics {
  values: Values;
  flows: Flows;
  series: Series;
  distributions: Distributions;
  events: number;
  stopReason: string;
}

const MINUTES_PER_FTE_WEEK = 35 * 60; // a full-time equivalent: 35 hours a week (French legal week)

/** Adds mean and percentiles of `latencies` under `prefix`. */
function quantiles(latencies: number[]): number[] {
  if (latencies.length === 0) return [];
  const sorted = Float64Array.from(latencies).sort();
  return QUANTILE_STEPS.map((p) => percentileSorted(sorted, p));
}

function putLatency(values: Values, prefix: string, latencies: number[]): void {
  if (latencies.length === 0) return;
  const sorted = Float64Array.from(latencies).sort();
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i]!;
  values[`${prefix}.mean`] = sum / sorted.length;
  values[`${prefix}.p50`] = percentileSorted(sorted, 0.5);
  values[`${prefix}.p90`] = percentileSorted(sorted, 0.9);
  values[`${prefix}.p99`] = percentileSorted(sorted, 0.99);
}

function ratio(values: Values, key: string, part: number, whole: number): void {
  if (whole > 0) values[key] = part / whole;
}

/** Counters and latency lists for one slice of the messages (all, a channel, an intent, a public). */
/** Resolution deadlines for the censored view: share of all messages resolved within each. */
const WITHIN: [string, number][] = [['1h', 60], ['1d', 1440], ['3d', 4320]];

class Group {
  count = 0;
  answered = 0;
  consistent = 0;
  /** Resolved within each WITHIN deadline (counts every message, answered or not). */
  within = WITHIN.map(() => 0);
  withinSla = 0;
  expectingAnswer = 0;
  firstResponse: number[] = [];
  resolution: number[] = [];

  put(values: Values, prefix: string): void {
    values[`${prefix}.count`] = this.count;
    ratio(values, `${prefix}.answered`, this.answered, this.count);
    ratio(values, `${prefix}.consistent`, this.consistent, this.answered);
    WITHIN.forEach(([label], i) => ratio(values, `${prefix}.resolvedWithin.${label}`, this.within[i]!, this.count));
    ratio(values, `${prefix}.sla`, this.withinSla, this.expectingAnswer);
    putLatency(values, `${prefix}.firstResponse`, this.firstResponse);
    putLatency(values, `${prefix}.resolution`, this.resolution);
  }
}

export function measureRun(sim: Simulation): RunMetrics {
  const { model, messages: msg } = sim;
  const values: Values = {};
  const from = model.warmup;
  const duration = model.horizon - model.warmup;
  const all = new Group();
  const byChannel = model.channels.map(() => new Group());
  const byIntent = model.intents.map(() => new Group());
  const byPublic = model.publics.map(() => new Group());
  const byFunction = model.functions.map(() => new Group());
  const outcomes = [0, 0, 0, 0];
  const drops = [0, 0, 0, 0, 0];
  let waited = 0, responded = 0, handoffs = 0, publicCount = 0, publicAnswered = 0, offHours = 0, offHoursAnswered = 0;
  let looped = 0, handoffsAnswered = 0;
  let correct = 0, consistent = 0, competent = 0, suggestions = 0, captured = 0, rework = 0, channelCost = 0;
  const competentTopic = new Uint8Array(model.topics.length);
  const seenTopic = new Uint8Array(model.topics.length);
  const transitions = new Map<string, number>();
  const switches = new Float64Array(model.channels.length);
  // Flow links counted under numeric keys (named once, at the end): public → channel, channel →
  // entry unit, entry unit → outcome. A Map keeps them in order of first occurrence.
  const links = new Map<number, number>();
  const link = (key: number) => links.set(key, (links.get(key) ?? 0) + 1);
  const [P, C, U] = [model.publics.length, model.channels.length, model.units.length + 1]; // unit slot 0: nobody
  const unitNode = (slot: number) => (slot === 0 ? 'unit:nobody' : `unit:${model.units[slot - 1]!.id}`);
  const OUTCOME_NAMES = ['open', 'answered', 'dropped', 'abandoned'];
  const linkName = (key: number): [string, string] => {
    if (key < P * C) return [`public:${model.publics[Math.floor(key / C)]!.id}`, `channel:${model.channels[key % C]!.id}`];
    key -= P * C;
    if (key < C * U) return [`channel:${model.channels[Math.floor(key / U)]!.id}`, unitNode(key % U)];
    key -= C * U;
    return [unitNode(Math.floor(key / 4)), `outcome:${OUTCOME_NAMES[key % 4]}`];
  };
  const groups: Group[] = new Array(5);

  for (let m = 0; m < msg.count; m++) {
    const arrival = msg.arrival[m]!;
    if (arrival < from) continue;
    const c = msg.channel[m]!;
    const channel = model.channels[c]!;
    const intent = model.intents[msg.intent[m]!]!;
    const outcome = msg.outcome[m]!;
    groups[0] = all;
    groups[1] = byChannel[c]!;
    groups[2] = byIntent[msg.intent[m]!]!;
    groups[3] = byPublic[msg.public[m]!]!;
    groups[4] = byFunction[model.topics[msg.topic[m]!]!.function]!;
    const first = msg.firstResponse[m]! - arrival;
    const resolved = msg.resolution[m]! - arrival;
    for (const g of groups) {
      g.count++;
      if (outcome === Outcome.Answered) {
        g.answered++;
        g.consistent += msg.consistent[m]!;
        g.resolution.push(resolved);
        for (let i = 0; i < WITHIN.length; i++) if (resolved <= WITHIN[i]![1]) g.within[i]!++;
      }
      if (!Number.isNaN(first)) g.firstResponse.push(first);
      if (intent.expectsAnswer) {
        g.expectingAnswer++;
        if (first <= channel.expected) g.withinSla++;
      }
    }
    outcomes[outcome]!++;
    if (outcome === Outcome.Dropped) drops[msg.dropReason[m]!]!++;
    if (!Number.isNaN(first)) { responded++; if (first > 1e-9) waited++; }
    handoffs += msg.handoffs[m]!;
    looped += msg.looped[m]!;
    if (outcome === Outcome.Answered) handoffsAnswered += msg.handoffs[m]!;
    channelCost += channel.costPerContact;
    if (channel.isPublic) { publicCount++; if (outcome === Outcome.Answered) publicAnswered++; }
    if (!model.businessHours.isOpen(arrival)) { offHours++; if (outcome === Outcome.Answered) offHoursAnswered++; }
    seenTopic[msg.topic[m]!] = 1;
    if (outcome === Outcome.Answered) {
      correct += msg.correct[m]!;
      consistent += msg.consistent[m]!;
      competent += msg.competent[m]!;
      if (msg.competent[m]) competentTopic[msg.topic[m]!] = 1;
    }
    if (intent.insightFunction !== NONE) { suggestions++; captured += msg.insight[m]!; }
    if (msg.origin[m] === Origin.Rework) rework++;
    if (msg.origin[m] === Origin.ChannelSwitch) switches[c]!++;
    if (msg.becameOther[m]) {
      const key = `${model.publics[msg.public[m]!]!.id}->${model.publics[model.publics[msg.public[m]!]!.goodAnswerTo]!.id}`;
      transitions.set(key, (transitions.get(key) ?? 0) + 1);
    }
    const entrySlot = msg.entryUnit[m]! + 1;
    link(msg.public[m]! * C + c);
    link(P * C + c * U + entrySlot);
    link(P * C + C * U + entrySlot * 4 + outcome);
  }

  const [open, answered, dropped, abandoned] = outcomes as [number, number, number, number];
  Object.assign(values, {
    'messages.arrived': all.count,
    'messages.answered': answered,
    'messages.dropped': dropped,
    'messages.abandoned': abandoned,
    'messages.open': open,
    'messages.dropped.unmonitored': drops[DropReason.Unmonitored]!,
    'messages.dropped.outOfScope': drops[DropReason.OutOfScope]!,
    'messages.dropped.forgotten': drops[DropReason.Forgotten]!,
    'messages.dropped.loop': drops[DropReason.Loop]!,
    'messages.perDay': (all.count / duration) * 1440,
  });
  putLatency(values, 'firstResponse', all.firstResponse);
  putLatency(values, 'resolution', all.resolution);
  // Latency percentiles cover answered messages only; these shares count every message, so an
  // organisation cannot look fast by dropping its slow cases.
  WITHIN.forEach(([label], i) => ratio(values, `resolvedWithin.${label}`, all.within[i]!, all.count));
  ratio(values, 'wait.probability', waited, responded);
  ratio(values, 'sla.attainment', all.withinSla, all.expectingAnswer);
  ratio(values, 'coverage.answered', answered, all.count);
  ratio(values, 'coverage.public', publicAnswered, publicCount);
  ratio(values, 'coverage.offHours', offHoursAnswered, offHours);
  ratio(values, 'coverage.competentAnswers', competent, answered);
  ratio(values, 'coverage.competentTopics', competentTopic.reduce((s, x) => s + x, 0), seenTopic.reduce((s, x) => s + x, 0));
  ratio(values, 'insight.capture', captured, suggestions);
  ratio(values, 'handoffs.mean', handoffs, all.count);
  values['referral.loops'] = looped;
  ratio(values, 'handoffs.perAnswered', handoffsAnswered, answered);
  ratio(values, 'quality.correct', correct, answered);
  ratio(values, 'quality.consistent', consistent, answered);
  values['quality.rework'] = rework;
  values['quality.badBuzzEpisodes'] = sim.measuredEpisodes;
  values['quality.peakVisibility'] = sim.peakVisibility;
  for (const [key, n] of [...transitions].sort()) values[`outcomes.${key}`] = n;
  values['outcomes.total'] = [...transitions.values()].reduce((s, x) => s + x, 0);
  model.channels.forEach((ch, c) => {
    byChannel[c]!.put(values, `channel.${ch.id}`);
    values[`channel.${ch.id}.fromSwitch`] = switches[c]!;
  });
  model.intents.forEach((it, i) => byIntent[i]!.put(values, `intent.${it.id}`));
  model.publics.forEach((p, i) => byPublic[i]!.put(values, `public.${p.id}`));
  // By the function owning the topic: is the organisation fast on some functions' topics only?
  model.functions.forEach((f, i) => { if (byFunction[i]!.count > 0) byFunction[i]!.put(values, `function.${f}`); });

  let staffMinutes = 0, staffCost = 0;
  model.units.forEach((unit, u) => {
    const state = sim.units[u]!;
    // Staff are paid for their hours on duty plus any overtime; volunteers for the time they worked.
    const paidMinutes = unit.paidForWorkedTime ? state.busyTime : state.capacityTime + state.overtime;
    staffMinutes += paidMinutes;
    staffCost += (paidMinutes / 60) * unit.hourlyCost;
    const key = `unit.${unit.id}`;
    ratio(values, `${key}.utilisation`, state.busyTime, state.capacityTime + state.overtime);
    values[`${key}.meanBacklog`] = state.backlogTime / duration;
    values[`${key}.backlogAtHorizon`] = state.waiting + state.inboxLive;
    values[`${key}.answered`] = state.answered;
    values[`${key}.workedHours`] = state.workedMinutes / 60;
    values[`${key}.staffHours`] = paidMinutes / 60;
    if (unit.participation) values[`${key}.participation`] = state.participation;
  });
  values['cost.staffHours'] = staffMinutes / 60;
  values['cost.fte'] = staffMinutes / ((duration / 10_080) * MINUTES_PER_FTE_WEEK);
  values['cost.staff'] = staffCost;
  values['cost.channels'] = channelCost;
  values['cost.total'] = staffCost + channelCost;
  ratio(values, 'cost.perResolved', staffCost + channelCost, answered);

  return {
    values,
    flows: { links: [...links].map(([key, n]) => [...linkName(key), n]), referrals: referralCounts(sim) },
    series: seriesOf(sim),
    distributions: { firstResponse: quantiles(all.firstResponse), resolution: quantiles(all.resolution) },
    events: sim.kernel.eventsFired,
    stopReason: sim.stopReason ?? 'not run',
  };
}

function referralCounts(sim: Simulation): [string, string, number][] {
  const units = sim.model.units;
  return [...sim.referrals].map(([pair, n]) => [units[Math.floor(pair / units.length)]!.id, units[pair % units.length]!.id, n]);
}

/** Messages arrived in each sampling interval (warm-up included: the series shows the whole run). */
function arrivalsPerInterval(sim: Simulation, interval: number, samples: number): number[] {
  const counts = new Array<number>(samples).fill(0);
  for (let m = 0; m < sim.messages.count; m++) counts[Math.min(samples - 1, Math.floor(sim.messages.arrival[m]! / interval))]!++;
  return counts;
}

function seriesOf(sim: Simulation): Series {
  const s = sim.series;
  const units = sim.model.units;
  const byUnit = (rows: Float64Array[]) => Object.fromEntries(units.map((u, i) => [u.id, Array.from(rows[i]!)]));
  const participation: Record<string, number[]> = {};
  units.forEach((u: CompiledModel['units'][number], i) => {
    if (u.participation) participation[u.id] = [u.participation.initial, ...s.participation.map((day) => day[i]!)];
  });
  return {
    interval: s.interval,
    arrivals: arrivalsPerInterval(sim, s.interval, s.samples),
    visibility: Array.from(s.visibility),
    crisisMultiplier: Array.from(s.crisisMultiplier),
    utilisation: byUnit(s.utilisation),
    backlog: byUnit(s.backlog),
    onDuty: byUnit(s.onDuty),
    participation,
  };
}
