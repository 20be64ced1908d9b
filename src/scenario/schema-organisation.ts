/**
 * The organisation: who answers, with what autonomy, and where they refer what they cannot answer.
 *
 * Every model of the product (the relational funnel, the four placements of community management,
 * and any model a user invents) is an instance of this one shape. Owns: the shape of an organisation
 * in a scenario file. Never imports React, d3 or the model.
 */
import { z } from 'zod';
import { distribution, hours, id, label, probability, text } from './schema-common';
import { LIMITS } from './limits';

export const UNIT_ROLES = ['front', 'back', 'manager', 'cm', 'conductor', 'expert_pool', 'agency'] as const;

const topicSkill = z.strictObject({
  autonomy: probability.optional(),
  handling: distribution.optional(),
  correct: probability.optional(),
});

const participation = z.strictObject({
  /** Share of the pool's members active at the start. */
  initial: probability,
  /** Level animation brings participation back to. */
  target: probability.optional(),
  /** Days for participation to halve on a day without animation. */
  halfLifeDays: z.number().positive().max(LIMITS.horizonDays * 10).default(30),
  /** Share of the gap to target closed on a day with animation. */
  recoveryPerDay: probability.default(0.2),
});

export const unitSchema = z.strictObject({
  id,
  name: text.optional(),
  /** Its short label on the charts (the id, "cs_head" → "cs head", when it has none). */
  label: label.optional(),
  /** The function the unit belongs to (owner of topics it is expert on). */
  function: id,
  role: z.enum(UNIT_ROLES, { error: `role must be one of: ${UNIT_ROLES.join(', ')}` }),
  /** Functions whose topics it answers as an expert; defaults to its own function. */
  expertise: z.array(id).max(LIMITS.topics).optional(),
  headcount: z.number().min(0).max(LIMITS.headcount),
  /**
   * What the headcount is relative to, so one organisation fits companies of any size: `none`
   * (people), `volume` (people per 100 first contacts a day), `employees` (people per 1,000 employees).
   */
  scaleWith: z.enum(['none', 'volume', 'employees']).default('none'),
  /** Share of each person's working time available for this work. */
  share: z.number().gt(0, 'share must be above 0 (use headcount 0 to remove a unit)').max(1).default(1),
  hours: hours.default('office'),
  /** How often queued written work and referrals are looked at (minutes); 0 = continuously. */
  checkEveryMinutes: z.number().min(0).max(LIMITS.minutes).default(0),
  hourlyCost: z.number().min(0).max(1e5).default(0),
  /** Paid for scheduled hours (staff) or only for the time actually worked (volunteers, experts). */
  costBasis: z.enum(['scheduled', 'worked']).default('scheduled'),
  /** Guideline training, 0..1: share of the inconsistency risk it removes. */
  guidelines: probability.default(0),
  /** Chance of answering alone, handling time and correct-answer rate on expertise topics... */
  autonomy: probability.default(0.8),
  handling: distribution.default({ dist: 'lognormal', mean: 8, cv: 0.8 }),
  correct: probability.default(0.95),
  /** ...and on other topics (beyond competence). */
  autonomyOutside: probability.default(0.2),
  correctOutside: probability.default(0.6),
  /** Per-topic exceptions. */
  topics: z.record(id, topicSkill).default({}),
  /** Time to read and pass on a message it refers, and to post an answer that came back. */
  triage: distribution.default({ dist: 'lognormal', mean: 3, cv: 0.5 }),
  relay: distribution.default({ dist: 'lognormal', mean: 3, cv: 0.5 }),
  /** Chance it passes a suggestion on to the function that must hear it. */
  insightForwarding: probability.default(0),
  /** Topics it must not handle: messages on them are dropped as out of scope. */
  outOfScope: z.array(id).max(LIMITS.topics).default([]),
  /** For pools of volunteers: participation that decays without animation. */
  participation: participation.optional(),
});

/** Where a channel's messages go first: a unit, nobody (unmonitored), or a unit chosen by topic. */
const entryTarget = z.union([
  id,
  z.null(),
  z.strictObject({
    /** By topic first, then by the function owning the topic, then `otherwise`. */
    topics: z.record(id, id).default({}),
    functions: z.record(id, id).default({}),
    otherwise: id.nullable(),
  }),
]);

export const referralSchema = z.strictObject({
  from: id,
  /** Which messages this rule takes: by topic and/or by owning function; neither = all. */
  topics: z.array(id).max(LIMITS.topics).optional(),
  functions: z.array(id).max(LIMITS.topics).optional(),
  to: id,
  /**
   * Committed: support the organisation promised — seen at once (not left in the inbox until the
   * next check) and handled before other work. Optional: behind regular work, and may be forgotten.
   */
  commitment: z.enum(['committed', 'optional']).default('optional'),
  /** Transfer delay of this hop (minutes). */
  delay: distribution.default({ dist: 'deterministic', value: 0 }),
  /** How the answer reaches the customer: the expert posts it, the entry unit posts it, or it climbs back every hop. */
  answer: z.enum(['direct', 'entry', 'chain']).default('entry'),
  /** Optional referrals only: chance the referral is forgotten. */
  forgetProbability: probability.default(0),
  /** Chance the message is sent to another of this unit's referral targets by mistake. */
  misrouteProbability: probability.default(0),
});

export const coordinationSchema = z.strictObject({
  name: text.optional(),
  units: z.array(id).min(1).max(LIMITS.units),
  /** Share of the inconsistency risk removed for answers of these units. */
  strength: probability,
  /** Extra minutes of coordination per answer. */
  overheadMinutes: z.number().min(0).max(LIMITS.minutes).default(0),
});

export const taskSchema = z.strictObject({
  id,
  name: text.optional(),
  unit: id,
  /** Repeats every so many hours from the start of the run. */
  everyHours: z.number().positive().max(LIMITS.horizonDays * 24),
  effort: distribution,
  /** Volunteer pools this task animates (keeps their participation up). */
  animates: z.array(id).max(LIMITS.units).default([]),
  /** Proactive speech: expected inbound replies each time it runs. */
  replies: z
    .strictObject({ public: id, channel: id, intent: id, topic: id, expected: z.number().min(0).max(1e5) })
    .optional(),
});

export const organisationSchema = z.strictObject({
  version: z.literal(1),
  kind: z.literal('organisation'),
  id,
  name: text,
  description: text.optional(),
  /** The company this organisation is usually run on (a company id). */
  company: id.optional(),
  units: z.array(unitSchema).min(1).max(LIMITS.units),
  routing: z.strictObject({
    /** Keyed by channel id or by channel kind (the id wins): kinds let one organisation fit every company. */
    entry: z.record(id, entryTarget),
    referrals: z.array(referralSchema).max(LIMITS.referrals).default([]),
  }),
  coordination: z.array(coordinationSchema).max(LIMITS.units).default([]),
  tasks: z.array(taskSchema).max(LIMITS.units).default([]),
});

export type OrganisationFile = z.infer<typeof organisationSchema>;
export type UnitFile = z.infer<typeof unitSchema>;
export type ReferralFile = z.infer<typeof referralSchema>;
