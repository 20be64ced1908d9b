/**
 * Customers who wait too long: giving up, complaining louder in public (visibility that can start
 * a bad buzz), and trying another channel; and customers who get their answer: writing again
 * when it was wrong, or becoming another public when it was right and timely. Functions of the
 * Simulation they act on.
 */
import { MINUTES_PER_DAY } from '../engine/calendar';
import { NONE } from './compiled';
import { startCrisis } from './crisis-events';
import { Ev } from './events';
import { DropReason, Origin, Outcome, TaskState } from './records';
import type { Simulation } from './simulation';

/** A customer tries at most this many other channels for one request (bounds switching cycles). */
const MAX_SWITCHES = 3;
/** A customer who meets a closed channel comes back within this long after it opens (minutes). */
const RETURN_WITHIN = MINUTES_PER_DAY;

/** The customer of answered message `m` takes the answer. */
export function onAnswerReceived(sim: Simulation, m: number): void {
  const { messages, model, customerRng } = sim;
  // Answers contradicting each other in public are seen: they confuse, and nobody is won over.
  if (messages.consistent[m] === 0 && model.channels[messages.channel[m]!]!.isPublic === true) return inconsistentInPublic(sim, m);
  if (!messages.correct[m]) {
    if (customerRng.chance(model.reworkProbability)) scheduleFollowUp(sim, m, Origin.Rework, messages.channel[m]!, model.reworkDelay(customerRng));
    return;
  }
  const pub = model.publics[messages.public[m]!]!;
  if (pub.goodAnswerTo === NONE) return;
  // Timely, by the channel's own norm: a written answer that came within the expected response
  // time; a call picked up within it and settled on that call (first-contact resolution).
  const channel = model.channels[messages.channel[m]!]!;
  const timely = channel.live === true
    ? messages.firstResponse[m]! - messages.arrival[m]! <= channel.expected && messages.handoffs[m] === 0
    : sim.kernel.now - messages.arrival[m]! <= channel.expected;
  if (timely && customerRng.chance(pub.goodAnswerProbability)) messages.becameOther[m] = 1;
}


/**
 * An answer inconsistent with the company's others, on a public channel: it adds to visibility,
 * and the customer (or a reader) asks again which answer holds, or comes back if it was wrong.
 */
function inconsistentInPublic(sim: Simulation, m: number): void {
  const { messages, model, customerRng } = sim;
  if (sim.crisis !== null && model.inconsistencyVisibility > 0) addVisibility(sim, model.inconsistencyVisibility);
  const again = messages.correct[m] === 0 ? model.reworkProbability : model.confusionProbability;
  if (customerRng.chance(again)) {
    scheduleFollowUp(sim, m, messages.correct[m] === 0 ? Origin.Rework : Origin.Confusion, messages.channel[m]!, model.reworkDelay(customerRng));
  }
}

/** Adds to the public's visibility of the company's failures; past the threshold a bad buzz starts. */
export function addVisibility(sim: Simulation, weight: number): void {
  const crisis = sim.crisis!;
  const trigger = crisis.add(sim.kernel.now, weight);
  if (sim.kernel.now >= sim.model.warmup) sim.peakVisibility = Math.max(sim.peakVisibility, crisis.visibility);
  if (trigger) startCrisis(sim, crisis.config.multiplier, crisis.config.duration, true);
}

/**
 * The customer of message m gives up waiting: for a first response (afterHolding 0), or for the
 * real answer after a holding reply (afterHolding 1).
 */
export function onPatienceEnd(sim: Simulation, m: number, afterHolding: number): void {
  const { messages, model } = sim;
  const outcome = messages.outcome[m]!;
  if (afterHolding === 0) {
    // A customer who heard back waits for the answer (with a second patience once the message was
    // passed on); one whose message was dropped with no hand-off reacts anyway.
    const held = messages.handoffs[m]! > 0 && model.channels[messages.channel[m]!]!.holdingPatience !== null;
    if (!Number.isNaN(messages.firstResponse[m]!) && (outcome !== Outcome.Dropped || held)) return;
  } else if (outcome === Outcome.Answered) return;
  if (outcome === Outcome.Open) {
    const t = messages.liveTask[m]!;
    cancel(sim, t);
    sim.finish(m, Outcome.Abandoned, DropReason.None);
  }
  const channel = model.channels[messages.channel[m]!]!;
  const weight = model.intents[messages.intent[m]!]!.visibilityWeight;
  if (sim.crisis && channel.isPublic && weight > 0) {
    addVisibility(sim, weight * (messages.organised[m] ? model.publics[messages.public[m]!]!.organisedWeight : 1));
  }
  if (channel.switchTo !== NONE && switchesBefore(sim, m) < MAX_SWITCHES && sim.customerRng.chance(channel.switchProbability)) {
    scheduleFollowUp(sim, m, Origin.ChannelSwitch, channel.switchTo, channel.switchDelay(sim.customerRng));
  }
}

/** Message m was just passed on with a holding reply: its customer now waits for the real answer, for a while. */
export function startHoldingPatience(sim: Simulation, m: number): void {
  const { messages, model } = sim;
  const patience = model.channels[messages.channel[m]!]!.holdingPatience;
  if (patience === null || model.intents[messages.intent[m]!]!.expectsAnswer === false) return;
  const end = sim.kernel.now + patience(sim.customerRng);
  if (end <= model.horizon) sim.kernel.scheduleAt(end, Ev.Abandon, m, 1);
}

/**
 * The customer of message m writes again on `channel` after `delay`. Like first contacts, follow-ups
 * come while the channel is open: one who finds it closed comes back in its next open spell (within
 * a day), at a time of day drawn from the channel's arrival pattern, not all at the opening minute.
 */
export function scheduleFollowUp(sim: Simulation, m: number, origin: Origin, channel: number, delay: number): void {
  const { calendar, profile } = sim.model.channels[channel]!;
  let t = sim.kernel.now + delay;
  if (!calendar.isOpen(t)) {
    const opens = calendar.nextOpen(t);
    if (opens === Infinity) return; // a channel never open: nobody comes back on it
    t = profile.quantile(opens, Math.min(calendar.nextClose(opens), opens + RETURN_WITHIN), sim.customerRng.next());
  }
  if (t <= sim.model.horizon) sim.kernel.scheduleAt(t, Ev.FollowUp, m, origin);
}

/** How many times this customer already switched channel for this request. */
export function switchesBefore(sim: Simulation, m: number): number {
  let n = 0;
  for (let k = m; k !== NONE && sim.messages.origin[k] === Origin.ChannelSwitch; k = sim.messages.parent[k]!) n++;
  return n;
}

/** Withdraws a waiting task (the customer left). A task in service runs to its end. */
export function cancel(sim: Simulation, t: number): void {
  if (t === NONE) return;
  const state = sim.units[sim.tasks.rows[t]!.unit]!;
  const s = sim.tasks.rows[t]!.state;
  if (s === TaskState.Queued || s === TaskState.Inbox) {
    state.advance(sim.kernel.now);
    if (s === TaskState.Queued) state.waiting--;
    else state.inboxLive--;
  }
  if (s !== TaskState.Service) sim.tasks.rows[t]!.state = TaskState.Cancelled;
}

/**
 * The same customer writes again: a rework after a wrong answer or a switch of channel after
 * giving up (a = the earlier message), or a reply to a proactive campaign (a = the task definition).
 */
export function onFollowUp(sim: Simulation, a: number, origin: Origin): void {
  const { messages, model } = sim;
  let m: number;
  if (origin === Origin.CampaignReply) {
    const r = model.tasks[a]!.replies!;
    m = messages.add(r.public, r.channel, r.intent, r.topic, origin, NONE);
  } else {
    const channel = origin === Origin.ChannelSwitch ? model.channels[messages.channel[a]!]!.switchTo : messages.channel[a]!;
    m = messages.add(messages.public[a]!, channel, messages.intent[a]!, messages.topic[a]!, origin, a);
    messages.organised[m] = messages.organised[a]!;
  }
  messages.arrival[m] = sim.kernel.now;
  sim.admit(m, sim.customerRng);
}
