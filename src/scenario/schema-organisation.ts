/**
 * The organisation: who answers, with what autonomy, and where they refer what they cannot answer.
 *
 * Every model of the product (the relational funnel, the four placements of community management,
 * and any model a user invents) is an instance of this one shape. Owns: the shape of an organisation
 * in a scenario file, and the words that describe each key (they become the JSON Schema's
 * descriptions and the format tables of scenarios/README.md). Never imports React, d3 or the model.
 */
import { z } from 'zod';
import { distribution, hours, id, idRecord, label, probability, text } from './schema-common';
import { LIMITS } from './limits';

export const UNIT_ROLES = ['front', 'back', 'manager', 'cm', 'conductor', 'expert_pool', 'agency'] as const;

const topicSkill = z.strictObject({
  autonomy: probability.optional().describe('Chance of answering alone on this topic.'),
  handling: distribution.optional().describe('Handling time on this topic (minutes).'),
  correct: probability.optional().describe('Correct-answer rate on this topic.'),
}).meta({ id: 'topicSkill', description: 'A unit\'s skills on one topic, overriding its general ones (`units[].topics.<topic>`).' });

const participation = z.strictObject({
  initial: probability.describe('Share of the pool\'s members active at the start.'),
  target: probability.optional().describe('Level animation brings participation back to.'),
  halfLifeDays: z.number().positive().max(LIMITS.horizonDays * 10).default(30).describe('Days for participation to halve on a day without animation.'),
  recoveryPerDay: probability.default(0.2).describe('Share of the gap to target closed on a day with animation.'),
}).meta({ id: 'participation', description: 'Participation of a pool of volunteers (`units[].participation`): it halves every `halfLifeDays` on days without animation and recovers towards `target` on days with it.' });

export const unitSchema = z.strictObject({
  id,
  name: text.optional(),
  label: label.optional().describe('Its short label on the charts (the id, "cs_head" → "cs head", when it has none).'),
  function: id.describe('The function the unit belongs to (owner of topics it is expert on).'),
  role: z.enum(UNIT_ROLES, { error: `role must be one of: ${UNIT_ROLES.join(', ')}` }).describe('What the unit is: the levers act on roles (CM headcount, hours of the units facing customers).'),
  expertise: z.array(id).max(LIMITS.topics).optional().describe('Functions whose topics it answers as an expert; defaults to its own function.'),
  headcount: z.number().min(0).max(LIMITS.headcount).describe('People, or people per unit of `scaleWith`.'),
  scaleWith: z.enum(['none', 'volume', 'employees']).default('none')
    .describe('What the headcount is relative to, so one organisation fits companies of any size: none (people), volume (people per 100 first contacts a day), employees (people per 1,000 employees).'),
  share: z.number().gt(0, 'share must be above 0 (use headcount 0 to remove a unit)').max(1).default(1).describe('Share of each person\'s working time available for this work.'),
  hours: hours.default('office').describe('When the unit works.'),
  staffsLines: z.boolean().default(false)
    .describe('Also on duty whenever a live line (a phone) it answers is open, so the company\'s line hours are staffed whatever they are. Without it, a line open beyond the unit\'s hours rings to nobody: an explicit choice, flagged in the results.'),
  checkEveryMinutes: z.number().min(0).max(LIMITS.minutes).default(0).describe('How often queued written work and referrals are looked at (minutes); 0 = continuously. Calls are answered live.'),
  hourlyCost: z.number().min(0).max(1e5).default(0).describe('Cost of an hour of one person.'),
  costBasis: z.enum(['scheduled', 'worked']).default('scheduled').describe('Paid for scheduled hours (staff) or only for the time actually worked (volunteers, experts).'),
  guidelines: probability.default(0).describe('Guideline training, 0 to 1: share of the inconsistency risk it removes.'),
  autonomy: probability.default(0.8).describe('On its expertise: chance of answering alone.'),
  handling: distribution.default({ dist: 'lognormal', mean: 8, cv: 0.8 }).describe('On its expertise: handling time (minutes).'),
  correct: probability.default(0.95).describe('On its expertise: correct-answer rate.'),
  autonomyOutside: probability.default(0.2).describe('Beyond its competence: chance of answering alone.'),
  correctOutside: probability.default(0.6).describe('Beyond its competence: correct-answer rate.'),
  topics: idRecord(id, topicSkill).default({}).describe('Per-topic exceptions to its skills.'),
  triage: distribution.default({ dist: 'lognormal', mean: 3, cv: 0.5 }).describe('Time to read and pass on a message it refers (minutes).'),
  relay: distribution.default({ dist: 'lognormal', mean: 3, cv: 0.5 }).describe('Time to post an answer that came back (minutes).'),
  insightForwarding: probability.default(0).describe('Chance it passes a suggestion on to the function that must hear it.'),
  outOfScope: z.array(id).max(LIMITS.topics).default([]).describe('Topics it must not handle: messages on them are dropped as out of scope.'),
  participation: participation.optional().describe('For pools of volunteers: participation that decays without animation.'),
}).meta({ id: 'unit', description: 'A team, a person or a pool that answers (`units[]`).' });

/** Where a channel's messages go first: a unit, nobody (unmonitored), or a unit chosen by topic. */
const entryTarget = z.union([
  id,
  z.null(),
  z.strictObject({
    topics: idRecord(id, id).default({}).describe('Unit by topic (looked at first).'),
    functions: idRecord(id, id).default({}).describe('Unit by the function owning the topic (looked at next).'),
    otherwise: id.nullable().describe('Unit for the rest, or null (nobody).'),
  }),
]).meta({ id: 'entryTarget', description: 'Where a channel\'s messages go first: a unit id, null (nobody watches it), or { topics, functions, otherwise }.' });

export const referralSchema = z.strictObject({
  from: id.describe('The unit that passes the message on.'),
  topics: z.array(id).max(LIMITS.topics).optional().describe('Topics this rule takes (with `functions`; neither = all).'),
  functions: z.array(id).max(LIMITS.topics).optional().describe('Functions owning the topics this rule takes.'),
  to: id.describe('The unit it goes to.'),
  commitment: z.enum(['committed', 'optional']).default('optional')
    .describe('committed: support the organisation promised, seen at once (not left in the inbox until the next check) and handled before other work; optional: behind regular work, and may be forgotten.'),
  delay: distribution.default({ dist: 'deterministic', value: 0 }).describe('Transfer delay of this hop (minutes).'),
  answer: z.enum(['direct', 'entry', 'chain']).default('entry').describe('How the answer reaches the customer: the expert posts it (direct), the entry unit posts it (entry), or it climbs back every hop (chain).'),
  forgetProbability: probability.default(0).describe('Optional referrals only: chance the referral is forgotten.'),
  misrouteProbability: probability.default(0).describe('Chance the message is sent to another of this unit\'s referral targets by mistake.'),
}).meta({ id: 'referral', description: 'A referral rule (`routing.referrals[]`): a unit passes on what it does not answer alone, by its first rule that takes the topic; with no such rule it answers anyway, with its correct rate beyond its competence.' });

export const coordinationSchema = z.strictObject({
  name: text.optional(),
  units: z.array(id).min(1).max(LIMITS.units).describe('The units coordinated.'),
  strength: probability.describe('Share of the inconsistency risk removed for answers of these units.'),
  overheadMinutes: z.number().min(0).max(LIMITS.minutes).default(0).describe('Extra minutes of coordination per answer.'),
}).meta({ id: 'coordination', description: 'Coordination of several units (`coordination[]`), such as a conductor over the CMs.' });

export const taskSchema = z.strictObject({
  id,
  name: text.optional(),
  unit: id.describe('The unit doing it.'),
  everyHours: z.number().positive().max(LIMITS.horizonDays * 24).describe('Repeats every so many hours from the start of the run.'),
  effort: distribution.describe('Work each time (minutes).'),
  animates: z.array(id).max(LIMITS.units).default([]).describe('Volunteer pools this task animates (keeps their participation up).'),
  replies: z
    .strictObject({
      public: id.describe('Public of the replies.'),
      channel: id.describe('Channel they arrive on.'),
      intent: id.describe('What they want.'),
      topic: id.describe('What they are about.'),
      expected: z.number().min(0).max(1e5).describe('Replies expected each time the task runs.'),
    })
    .optional()
    .describe('Proactive speech: inbound replies each time it runs.'),
}).meta({ id: 'task', description: 'Recurring internal work (`tasks[]`): animation of volunteers, proactive campaigns.' });

export const organisationSchema = z.strictObject({
  version: z.literal(1).describe('The format\'s version: 1.'),
  kind: z.literal('organisation'),
  id,
  name: text,
  description: text.optional(),
  company: id.optional().describe('The company this organisation is usually run on (a company id).'),
  units: z.array(unitSchema).min(1).max(LIMITS.units).describe('Who answers.'),
  routing: z.strictObject({
    entry: idRecord(id, entryTarget).describe('For every channel, keyed by channel id or by channel kind (the id wins; kinds let one organisation fit every company): where its messages go first.'),
    referrals: z.array(referralSchema).max(LIMITS.referrals).default([]).describe('Where units pass on what they cannot answer.'),
    sharedSpaces: z.strictObject({
      wrongTeam: probability.default(0.1).describe('Chance a message is picked up by another team than the one whose topic it is.'),
      twice: probability.default(0.1).describe('Chance another team answers it too (its time is spent; two answers may contradict).'),
      nobody: probability.default(0.1).describe('Chance every team leaves it to the others: it is dropped as unclaimed.'),
    }).refine((s) => s.wrongTeam + s.twice + s.nobody <= 1, { message: 'wrongTeam + twice + nobody must not exceed 1: lower one of them' })
      .default({ wrongTeam: 0.1, twice: 0.1, nobody: 0.1 })
      .describe('A public channel whose entry is split by topic among several teams, with nobody to triage it: how its messages are picked up. Coordination between those teams (a group with all of them) removes its strength\'s share of each fault.'),
  }).describe('Where messages go.'),
  coordination: z.array(coordinationSchema).max(LIMITS.units).default([]).describe('Coordination between units.'),
  tasks: z.array(taskSchema).max(LIMITS.units).default([]).describe('Recurring internal work.'),
}).meta({ id: 'organisation', description: 'An organisation file (`kind: organisation`): who answers, with what autonomy, and where they refer what they cannot answer; names its usual company.' });

export type OrganisationFile = z.infer<typeof organisationSchema>;
export type UnitFile = z.infer<typeof unitSchema>;
export type ReferralFile = z.infer<typeof referralSchema>;
