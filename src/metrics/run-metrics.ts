/**
 * From one replication's records to its figures: a flat map of named values (latency, coverage,
 * quality, cost, load, outcomes…), the flow counts a Sankey draws, and the time series.
 *
 * Pure transforms of a finished Simulation; measures only messages that arrived after warm-up.
 * A figure with nothing to measure (no suggestions, say) is left out rather than set to NaN.
 */
import { NONE, type CompiledModel } from '../model/compiled';
import { unstaffedLineShares } from '../model/line-coverage';
import { DropReason, Origin, Outcome, OUTCOME_NAMES } from '../model/records';
import type { Simulation } from '../model/simulation';
import { LatencySample, putLatenciesByGroup, putLatenciesOfAll, type Dimension } from './latency';
import { SliceCounters, WITHIN, withinBits } from './slices';
import { backlogHalves, isUnstable } from './stability';

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

function ratio(values: Values, key: string, part: number, whole: number): void {
  if (whole > 0) values[key] = part / whole;
}

export function measureRun(sim: Simulation): RunMetrics {
  const { model, messages: msg } = sim;
  const values: Values = {};
  const from = model.warmup;
  // The simulated span: a run stopped by a budget ends before the horizon.
  const duration = Math.max(1e-9, Math.min(model.horizon, sim.kernel.now) - model.warmup);
  // Slots of the slices: 0 all, then each channel, intent, public and function.
  const [C, I, P] = [model.channels.length, model.intents.length, model.publics.length];
  const [atChannel, atIntent, atPublic, atFunction] = [1, 1 + C, 1 + C + I, 1 + C + I + P];
  const slices = new SliceCounters(atFunction + model.functions.length);
  const functionOfTopic = Int32Array.from(model.topics, (t) => t.function);
  const outcomes = [0, 0, 0, 0];
  const drops = [0, 0, 0, 0, 0, 0];
  let waited = 0, responded = 0, handoffs = 0, publicCount = 0, publicAnswered = 0, offHours = 0, offHoursAnswered = 0;
  let looped = 0, handoffsAnswered = 0;
  let correct = 0, consistent = 0, competent = 0, suggestions = 0, captured = 0, rework = 0, confusion = 0, channelCost = 0;
  const competentTopic = new Uint8Array(model.topics.length);
  const seenTopic = new Uint8Array(model.topics.length);
  // Relationship outcomes by the public the customer left (each public moves to one other).
  const transitions = new Int32Array(P);
  const switches = new Float64Array(C);
  // Flow links counted by number (named once, at the end): public → channel, channel → entry unit,
  // entry unit → outcome, listed in order of first occurrence.
  const U = model.units.length + 1; // unit slot 0: nobody
  const links = new Int32Array(P * C + C * U + U * 4);
  const linkOrder: number[] = [];
  const countLink = (key: number) => { if (links[key]!++ === 0) linkOrder.push(key); };
  const unitNode = (slot: number) => (slot === 0 ? 'unit:nobody' : `unit:${model.units[slot - 1]!.id}`);
  const linkName = (key: number): [string, string] => {
    if (key < P * C) return [`public:${model.publics[Math.floor(key / C)]!.id}`, `channel:${model.channels[key % C]!.id}`];
    key -= P * C;
    if (key < C * U) return [`channel:${model.channels[Math.floor(key / U)]!.id}`, unitNode(key % U)];
    key -= C * U;
    return [unitNode(Math.floor(key / 4)), `outcome:${OUTCOME_NAMES[key % 4]}`];
  };
  const firstResponses = new LatencySample(msg.count);
  const resolutions = new LatencySample(msg.count);

  for (let m = 0; m < msg.count; m++) {
    const arrival = msg.arrival[m]!;
    if (arrival < from) continue;
    const c = msg.channel[m]!;
    const p = msg.public[m]!;
    const topic = msg.topic[m]!;
    const channel = model.channels[c]!;
    const intent = model.intents[msg.intent[m]!]!;
    const outcome = msg.outcome[m]!;
    const first = msg.firstResponse[m]! - arrival;
    const resolved = msg.resolution[m]! - arrival;
    const isAnswered = outcome === Outcome.Answered ? 1 : 0;
    const isConsistent = isAnswered === 1 ? msg.consistent[m]! : 0;
    const within = isAnswered === 1 ? withinBits(resolved) : 0;
    const expects = intent.expectsAnswer ? 1 : 0;
    const inSla = expects === 1 && first <= channel.expected ? 1 : 0;
    slices.add(0, isAnswered, isConsistent, within, expects, inSla);
    slices.add(atChannel + c, isAnswered, isConsistent, within, expects, inSla);
    slices.add(atIntent + msg.intent[m]!, isAnswered, isConsistent, within, expects, inSla);
    slices.add(atPublic + p, isAnswered, isConsistent, within, expects, inSla);
    slices.add(atFunction + functionOfTopic[topic]!, isAnswered, isConsistent, within, expects, inSla);
    if (isAnswered === 1) resolutions.add(resolved, m);
    if (!Number.isNaN(first)) { firstResponses.add(first, m); responded++; if (first > 1e-9) waited++; }
    outcomes[outcome]!++;
    if (outcome === Outcome.Dropped) drops[msg.dropReason[m]!]!++;
    handoffs += msg.handoffs[m]!;
    looped += msg.looped[m]!;
    channelCost += channel.costPerContact;
    if (channel.isPublic) { publicCount++; publicAnswered += isAnswered; }
    if (!model.businessHours.isOpen(arrival)) { offHours++; offHoursAnswered += isAnswered; }
    seenTopic[topic] = 1;
    if (isAnswered === 1) {
      handoffsAnswered += msg.handoffs[m]!;
      correct += msg.correct[m]!;
      consistent += isConsistent;
      competent += msg.competent[m]!;
      if (msg.competent[m] !== 0) competentTopic[topic] = 1;
    }
    if (intent.insightFunction !== NONE) { suggestions++; captured += msg.insight[m]!; }
    const origin = msg.origin[m]!;
    if (origin === Origin.Rework) rework++;
    else if (origin === Origin.Confusion) confusion++;
    else if (origin === Origin.ChannelSwitch) switches[c]!++;
    if (msg.becameOther[m] !== 0) transitions[p]!++;
    const entrySlot = msg.entryUnit[m]! + 1;
    countLink(p * C + c);
    countLink(P * C + c * U + entrySlot);
    countLink(P * C + C * U + entrySlot * 4 + outcome);
  }

  const [open, answered, dropped, abandoned] = outcomes as [number, number, number, number];
  Object.assign(values, {
    'messages.arrived': slices.count[0]!,
    'messages.answered': answered,
    'messages.dropped': dropped,
    'messages.abandoned': abandoned,
    'messages.open': open,
    'messages.dropped.unmonitored': drops[DropReason.Unmonitored]!,
    'messages.dropped.outOfScope': drops[DropReason.OutOfScope]!,
    'messages.dropped.forgotten': drops[DropReason.Forgotten]!,
    'messages.dropped.loop': drops[DropReason.Loop]!,
    'messages.dropped.unclaimed': drops[DropReason.Unclaimed]!,
    'messages.perDay': (slices.count[0]! / duration) * 1440,
  });
  // Latency percentiles cover answered messages only; these shares count every message, so an
  // organisation cannot look fast by dropping its slow cases.
  WITHIN.forEach(([label], i) => ratio(values, `resolvedWithin.${label}`, slices.within[i]![0]!, slices.count[0]!));
  ratio(values, 'wait.probability', waited, responded);
  ratio(values, 'sla.attainment', slices.withinSla[0]!, slices.expectingAnswer[0]!);
  ratio(values, 'coverage.answered', answered, slices.count[0]!);
  ratio(values, 'coverage.public', publicAnswered, publicCount);
  ratio(values, 'coverage.offHours', offHoursAnswered, offHours);
  ratio(values, 'coverage.competentAnswers', competent, answered);
  ratio(values, 'coverage.competentTopics', competentTopic.reduce((s, x) => s + x, 0), seenTopic.reduce((s, x) => s + x, 0));
  ratio(values, 'insight.capture', captured, suggestions);
  ratio(values, 'handoffs.mean', handoffs, slices.count[0]!);
  values['referral.loops'] = looped;
  ratio(values, 'handoffs.perAnswered', handoffsAnswered, answered);
  ratio(values, 'quality.correct', correct, answered);
  ratio(values, 'quality.consistent', consistent, answered);
  values['quality.rework'] = rework;
  values['quality.confusion'] = confusion;
  values['quality.answeredTwice'] = sim.answeredTwice;
  values['quality.badBuzzEpisodes'] = sim.measuredEpisodes;
  values['quality.peakVisibility'] = sim.peakVisibility;
  const moves = model.publics.flatMap((pub, i) => (transitions[i]! > 0 ? [[`${pub.id}->${model.publics[pub.goodAnswerTo]!.id}`, transitions[i]!] as const] : []));
  for (const [key, n] of moves.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) values[`outcomes.${key}`] = n;
  values['outcomes.total'] = transitions.reduce((s, x) => s + x, 0);
  model.channels.forEach((ch, c) => {
    slices.put(values, atChannel + c, `channel.${ch.id}`);
    values[`channel.${ch.id}.fromSwitch`] = switches[c]!;
  });
  // Share of a live line's calls that ring while nobody is on duty: a warning, not a verdict.
  for (const { channel, share } of unstaffedLineShares(model)) values[`channel.${channel}.unstaffedShare`] = share;
  model.intents.forEach((it, i) => slices.put(values, atIntent + i, `intent.${it.id}`));
  model.publics.forEach((pub, i) => slices.put(values, atPublic + i, `public.${pub.id}`));
  // By the function owning the topic: is the organisation fast on some functions' topics only?
  model.functions.forEach((f, i) => { if (slices.count[atFunction + i]! > 0) slices.put(values, atFunction + i, `function.${f}`); });
  const distributions = measureLatencies(values, sim, firstResponses, resolutions, functionOfTopic);

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
    const halves = backlogHalves(sim.series.backlog[u]!, sim.series.interval, from, model.horizon);
    values[`${key}.backlogGrowth`] = halves[1] - halves[0];
    values[`${key}.unstable`] = isUnstable(halves);
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
  // Per month (30 days) of the measured period, so costs say their period whatever the horizon.
  values['cost.perMonth'] = ((staffCost + channelCost) * 43_200) / duration;
  values['cost.staffPerMonth'] = (staffCost * 43_200) / duration;
  ratio(values, 'cost.perResolved', staffCost + channelCost, answered);

  return {
    values,
    flows: { links: linkOrder.map((key) => [...linkName(key), links[key]!]), referrals: referralCounts(sim) },
    series: seriesOf(sim),
    distributions,
    events: sim.kernel.eventsFired,
    stopReason: sim.stopReason ?? 'not run',
  };
}

/** Latency figures of the whole run, then of every slice. */
function measureLatencies(values: Values, sim: Simulation, firstResponses: LatencySample, resolutions: LatencySample, functionOfTopic: Int32Array): Distributions {
  const { model, messages: msg } = sim;
  const dimensions: [Dimension, string[]][] = [
    [{ column: msg.channel }, model.channels.map((c) => `channel.${c.id}`)],
    [{ column: msg.intent }, model.intents.map((i) => `intent.${i.id}`)],
    [{ column: msg.public }, model.publics.map((p) => `public.${p.id}`)],
    [{ column: msg.topic, group: functionOfTopic }, model.functions.map((f) => `function.${f}`)],
  ];
  const scratch = new Float64Array(Math.max(firstResponses.count, resolutions.count));
  const distributions: Distributions = { firstResponse: [], resolution: [] };
  for (const [kind, sample] of [['firstResponse', firstResponses], ['resolution', resolutions]] as const) {
    distributions[kind] = putLatenciesOfAll(values, kind, sample, QUANTILE_STEPS, scratch);
    for (const [dimension, prefixes] of dimensions) putLatenciesByGroup(values, sample, dimension, prefixes.map((p) => `${p}.${kind}`), kind, scratch);
  }
  return distributions;
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
