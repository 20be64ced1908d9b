/**
 * The organisation as the simulation sees it: every name replaced by an index, every
 * distribution by a sampler, every mix by cumulative weights.
 *
 * Owns: the compiled types. Built by compile.ts, read by simulation.ts and the metrics.
 */
import type { WeeklyCalendar, WeeklyRate } from '../engine/calendar';
import type { Sampler } from '../engine/distributions';

export const NONE = -1;

/** How an answer found by a referred unit reaches the customer. */
export const enum AnswerPath { Direct = 0, ViaEntry = 1, ViaChain = 2 }

/**
 * Queue classes, served in this order: committed referrals, then regular work by its channel's
 * priority (1 = live contacts by default, 2 = written work, 3), then optional referrals.
 */
export const enum WorkClass { Committed = 0, Live = 1, Regular = 2, Low = 3, Optional = 4 }

/** A public channel several teams watch by topic with no one to triage it: chances of each pick-up fault. */
export interface SharedSpace {
  wrongTeam: number;
  twice: number;
  nobody: number;
  /** The teams watching it (at least two). */
  units: number[];
}

export interface CompiledChannel {
  id: string;
  kind: string;
  isPublic: boolean;
  live: boolean;
  /** Queue class of its messages at a unit (its priority: live contacts before written work). */
  workClass: number;
  calendar: WeeklyCalendar;
  /** Set when several teams watch it by topic (see shared-space.ts); null otherwise. */
  sharedSpace: SharedSpace | null;
  /** Its arrival pattern over the week (relative weights): when in its open hours customers come. */
  profile: WeeklyRate;
  expected: number;
  costPerContact: number;
  patience: Sampler | null;
  /** Patience for the real answer after a holding reply; null when the customer waits forever. */
  holdingPatience: Sampler | null;
  switchTo: number;
  switchProbability: number;
  switchDelay: Sampler;
}

export interface CompiledPublic {
  id: string;
  organisedShare: number;
  organisedWeight: number;
  goodAnswerTo: number;
  goodAnswerProbability: number;
  intentCumulative: Float64Array;
  topicCumulative: Float64Array;
}

export interface CompiledIntent {
  id: string;
  expectsAnswer: boolean;
  insightFunction: number;
  visibilityWeight: number;
}

/** One Poisson stream of first contacts: a public on a channel. */
export interface ArrivalStream {
  public: number;
  channel: number;
  rate: WeeklyRate;
}

export interface CompiledUnit {
  id: string;
  function: number;
  role: string;
  headcount: number;
  share: number;
  calendar: WeeklyCalendar;
  checkEvery: number;
  hourlyCost: number;
  paidForWorkedTime: boolean;
  /** Per topic: chance of answering alone, chance the answer is right, handling time. */
  autonomy: Float64Array;
  correct: Float64Array;
  handling: Sampler[];
  /** Per topic: 1 when the unit's expertise covers the topic's function. */
  competent: Uint8Array;
  outOfScope: Uint8Array;
  /** Per topic: index of the referral rule that takes it, or NONE (the unit answers anyway). */
  referralRule: Int32Array;
  triage: Sampler;
  relay: Sampler;
  insightForwarding: number;
  /** Chance an answer of this unit is inconsistent, after guidelines and coordination. */
  inconsistency: number;
  /** Extra minutes of coordination per answer. */
  coordinationOverhead: number;
  participation: { initial: number; target: number; halfLifeDays: number; recoveryPerDay: number } | null;
}

export interface CompiledReferral {
  from: number;
  to: number;
  committed: boolean;
  delay: Sampler;
  answer: AnswerPath;
  forgetProbability: number;
  misrouteProbability: number;
  /** Other units the `from` unit refers to, where a misrouted message can land. */
  misrouteTargets: number[];
}

export interface CompiledTask {
  id: string;
  unit: number;
  every: number;
  effort: Sampler;
  animates: number[];
  replies: { public: number; channel: number; intent: number; topic: number; expected: number } | null;
}

export interface CompiledCrisis {
  threshold: number;
  decayMinutes: number;
  multiplier: number;
  duration: number;
  selfTriggered: boolean;
  /** Per channel: weekly rate of the extra messages at multiplier 2 (one extra normal volume). */
  extraRates: (WeeklyRate | null)[];
  /** Per channel: cumulative weights over publics of who writes during a crisis. */
  publicCumulative: Float64Array[];
  intentCumulative: Float64Array;
  scripted: { start: number; duration: number; multiplier: number }[];
}

export interface CompiledModel {
  horizon: number;
  warmup: number;
  sampleEvery: number;
  eventBudget: number;
  /** Bytes one replication's records may take (run.memoryBudgetMB). */
  memoryBudget: number;
  functions: string[];
  topics: { id: string; function: number }[];
  intents: CompiledIntent[];
  channels: CompiledChannel[];
  publics: CompiledPublic[];
  streams: ArrivalStream[];
  units: CompiledUnit[];
  /** entry[channel][topic]: the unit a message goes to first, or NONE when nobody watches. */
  entry: Int32Array[];
  referrals: CompiledReferral[];
  tasks: CompiledTask[];
  crisis: CompiledCrisis | null;
  businessHours: WeeklyCalendar;
  reworkProbability: number;
  reworkDelay: Sampler;
  /** Consequences of an inconsistent public answer: chance of a follow-up, visibility added. */
  confusionProbability: number;
  inconsistencyVisibility: number;
}
