/**
 * Customers who wait too long: giving up, complaining louder in public (visibility that can start
 * a bad buzz), and trying another channel; and customers who get their answer: writing again
 * when it was wrong, or becoming another public when it was right and timely. Functions of the
 * Simulation they act on.
 */
import { NONE } from './compiled';
import { startCrisis } from './crisis-events';
import { Ev } from './events';
import { DropReason, Origin, Outcome, TaskState } from './records';
import type { Simulation } from './simulation';

/** A customer tries at most this many other channels for one request (bounds switching cycles). */
const MAX_SWITCHES = 3;

/** The customer of answered message `m` takes the answer. */
export function onAnswerReceived(sim: Simulation, m: number): void {
  const { messages, model, customerRng } = sim;
  if (!messages.correct[m]) {
    if (customerRng.chance(model.reworkProbability)) sim.kernel.schedule(model.reworkDelay(customerRng), Ev.FollowUp, m, Origin.Rework);
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


export function onPatienceEnd(sim: Simulation, m: number): void {
  const { messages, model } = sim;
  // A customer who heard back waits for the answer; one whose message was dropped reacts anyway.
  if (!Number.isNaN(messages.firstResponse[m]!) && messages.outcome[m] !== Outcome.Dropped) return;
  if (messages.outcome[m] === Outcome.Open) {
    const t = messages.liveTask[m]!;
    cancel(sim, t);
    sim.finish(m, Outcome.Abandoned, DropReason.None);
  }
  const channel = model.channels[messages.channel[m]!]!;
  const weight = model.intents[messages.intent[m]!]!.visibilityWeight;
  if (sim.crisis && channel.isPublic && weight > 0) {
    const organised = messages.organised[m] ? model.publics[messages.public[m]!]!.organisedWeight : 1;
    const trigger = sim.crisis.add(sim.kernel.now, weight * organised);
    if (sim.kernel.now >= sim.model.warmup) sim.peakVisibility = Math.max(sim.peakVisibility, sim.crisis.visibility);
    if (trigger) startCrisis(sim, sim.crisis.config.multiplier, sim.crisis.config.duration, true);
  }
  if (channel.switchTo !== NONE && switchesBefore(sim, m) < MAX_SWITCHES && sim.customerRng.chance(channel.switchProbability)) {
    sim.kernel.schedule(channel.switchDelay(sim.customerRng), Ev.FollowUp, m, Origin.ChannelSwitch);
  }
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
