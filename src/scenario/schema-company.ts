/**
 * The company: who talks to it, on which channels, about what, and how much.
 *
 * A company file is shared by every organisation compared on it, so comparisons are like for like.
 * Owns: the shape of a company in a scenario file, and the words that describe each key (they
 * become the JSON Schema's descriptions and the format tables of scenarios/README.md).
 * Never imports React, d3 or the model.
 */
import { z } from 'zod';
import { distribution, hours, id, mix, positive, probability, profile, text } from './schema-common';
import { LIMITS } from './limits';

export const CHANNEL_KINDS = ['phone', 'email', 'social_public', 'social_private', 'forum', 'direct'] as const;

export const channelSchema = z.strictObject({
  id,
  name: text.optional(),
  kind: z.enum(CHANNEL_KINDS, { error: `kind must be one of: ${CHANNEL_KINDS.join(', ')}` }),
  public: z.boolean().default(false).describe('Seen by everyone (a public page) or private (a call, a private message).'),
  live: z.boolean().default(false).describe('Live channels (a phone call) give the first response when picked up; others when first replied to.'),
  priority: z.number().int('priority must be a whole number: 1, 2 or 3').min(1).max(3).optional()
    .describe('Order in which a unit serves waiting work of this channel, 1 first (non-preemptive: nobody is interrupted). Omit: 1 for live channels, 2 for written ones, so calls are answered before e-mail.'),
  hours: hours.default('24/7').describe('When customers can use it; outside, demand moves into the open hours, and a follow-up (a switch of channel, a rework) that falls outside comes in the next open spell, within a day, spread by the arrival pattern.'),
  expectedResponseMinutes: positive('expectedResponseMinutes').default(60).describe('The response time customers expect (minutes): the SLA threshold; also what makes an answer timely for `goodAnswer` (a written answer within it, or a call picked up within it and settled on that call).'),
  costPerContact: z.number().min(0).max(1e6).default(0).describe('Cost of each contact on this channel (a call, for instance).'),
  patience: distribution.optional().describe('How long a customer waits for a first response before giving up (minutes). Omit: waits forever.'),
  patienceAfterHolding: distribution.optional()
    .describe('After a holding reply (the message is passed on), how long the customer waits for the real answer before giving up (minutes). Omit: two days (lognormal, cv 1) on a channel with a patience; customers of a channel without one wait forever.'),
  onAbandon: z
    .strictObject({
      switchTo: id.optional().describe('Channel a customer who gives up tries next.'),
      switchProbability: probability.default(0).describe('Chance of trying it.'),
      switchDelay: distribution.default({ dist: 'exponential', mean: 30 }).describe('Delay before trying it (minutes).'),
    })
    .default({ switchProbability: 0, switchDelay: { dist: 'exponential', mean: 30 } })
    .describe('What a customer who gives up does next.'),
  profile: profile.optional().describe('Arrival pattern over the week; defaults to the company\'s.'),
}).meta({ id: 'channel', description: 'A way customers reach the company (`channels[]`).' });

export const intentSchema = z.strictObject({
  id,
  name: text.optional(),
  expectsAnswer: z.boolean().default(true).describe('Whether the customer waits for an answer (a suggestion may not).'),
  insightFunction: id.optional().describe('Function that must receive it for it to count as captured insight (listening).'),
  visibilityWeight: z.number().min(0).max(1e6).default(0).describe('How much an unanswered public message of this intent adds to visibility (bad buzz).'),
}).meta({ id: 'intent', description: 'What a message wants (`intents[]`): a question, a complaint, a suggestion…' });

export const topicSchema = z.strictObject({
  id,
  name: text.optional(),
  function: id.describe('The function owning the topic: only people with that expertise answer it well.'),
}).meta({ id: 'topic', description: 'What a message is about (`topics[]`).' });

export const publicSchema = z.strictObject({
  id,
  name: text.optional(),
  size: z.number().min(0).max(1e10).describe('Members of this public.'),
  contactsPerMonth: z.number().min(0).max(1e4).describe('Contacts per member per month (30 days).'),
  channels: mix.describe('Which channels its members use (relative weights).'),
  intents: mix.describe('What its messages want (relative weights).'),
  topics: mix.describe('What its messages are about (relative weights).'),
  organisedShare: probability.default(0).describe('Share of contacts from organised groups, whose unanswered complaints weigh more.'),
  organisedWeight: z.number().min(1).max(1e4).default(5).describe('Visibility multiplier of an organised group\'s unanswered public message.'),
  goodAnswer: z.strictObject({
    becomes: id.describe('The public the member moves to.'),
    probability: probability.describe('Chance that a timely, correct answer moves the member.'),
  }).optional().describe('Relationship aim: a timely, correct answer moves the member to another public.'),
}).meta({ id: 'public', description: 'Who writes or calls (`publics[]`): customers, prospects, influencers, employees…' });

const crisisEpisode = z.strictObject({
  name: text.optional(),
  enabled: z.boolean().default(true).describe('Off: the episode is described but does not happen (switch it on to play the defensive scenario).'),
  startDay: z.number().min(0).max(LIMITS.horizonDays).describe('Day of the run it starts (0 is the first).'),
  startHour: z.number().min(0).max(24).default(9).describe('Hour of that day it starts.'),
  durationHours: positive('durationHours').describe('How long it lasts (hours).'),
  multiplier: z.number().min(1).max(1000).describe('Inbound volume during the episode, as a multiple of the normal volume.'),
}).meta({ id: 'crisisEpisode', description: 'A bad-buzz episode at a fixed time (`badBuzz.scripted[]`).' });

export const badBuzzSchema = z.strictObject({
  threshold: positive('threshold').default(20).describe('Visibility above which an episode starts on its own.'),
  decayHalfLifeHours: positive('decayHalfLifeHours').default(24).describe('Half-life of visibility (hours).'),
  multiplier: z.number().min(1).max(1000).default(4).describe('Inbound volume during an episode, as a multiple of the normal volume of the crisis channels.'),
  durationHours: positive('durationHours').default(48).describe('How long a self-triggered episode lasts (hours).'),
  channels: mix.describe('Where the extra messages of an episode arrive (relative weights).'),
  intents: mix.describe('What the extra messages want (relative weights).'),
  scripted: z.array(crisisEpisode).max(50).default([]).describe('Episodes that start at a fixed time whatever happens (the defensive scenario).'),
  selfTriggered: z.boolean().default(true).describe('Self-triggered episodes (visibility over threshold) on or off.'),
}).meta({ id: 'badBuzz', description: 'Bad buzz (`badBuzz`): unanswered public messages build visibility, which can start an episode of surging volume.' });

export const companySchema = z.strictObject({
  version: z.literal(1).describe('The format\'s version: 1.'),
  kind: z.literal('company'),
  id,
  name: text,
  description: text.optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'currency must be a three-letter ISO 4217 code such as EUR or USD').default('EUR').describe('Currency of every cost in the organisations run on this company (an ISO 4217 code); reports say it, with costs per month of 30 days.'),
  employees: z.number().min(1).max(1e7).default(1000).describe('Headcount of the company: organisations can size expert pools per 1,000 employees.'),
  functions: z.array(id).min(1).max(LIMITS.topics).describe('The company\'s functions (customer_service, sales, marketing, …).'),
  topics: z.array(topicSchema).min(1).max(LIMITS.topics).describe('What messages are about.'),
  intents: z.array(intentSchema).min(1).max(LIMITS.intents).describe('What messages want.'),
  channels: z.array(channelSchema).min(1).max(LIMITS.channels).describe('How customers reach the company.'),
  publics: z.array(publicSchema).min(1).max(LIMITS.publics).describe('Who writes or calls, how often, where and about what.'),
  profile: profile.default('flat').describe('Default arrival pattern over the week.'),
  businessHours: hours.default('office').describe('What counts as business hours when measuring night and weekend coverage.'),
  quality: z
    .strictObject({
      reworkProbability: probability.default(0.6).describe('Chance a customer comes back after a wrong answer.'),
      reworkDelay: distribution.default({ dist: 'exponential', mean: 240 }).describe('When they come back (minutes).'),
      inconsistencyBase: probability.default(0.3).describe('Chance an answer from a unit with no guidelines and no coordination is inconsistent.'),
      confusionProbability: probability.default(0.3).describe('Chance a public answer inconsistent with the company\'s other answers brings a follow-up on the same channel (asking which answer holds), after `reworkDelay`.'),
      inconsistencyVisibility: z.number().min(0).max(1e6).default(0.5).describe('Visibility an inconsistent public answer adds (an unanswered complaint adds its intent\'s weight, 1 by default).'),
    })
    .default({ reworkProbability: 0.6, reworkDelay: { dist: 'exponential', mean: 240 }, inconsistencyBase: 0.3, confusionProbability: 0.3, inconsistencyVisibility: 0.5 })
    .describe('Rework and consistency.'),
  badBuzz: badBuzzSchema.optional().describe('Visibility and crisis episodes; omit for none.'),
}).meta({ id: 'company', description: 'A company file (`kind: company`): who talks to the company, on which channels, about what, how much; shared by every organisation compared on it.' });

export type CompanyFile = z.infer<typeof companySchema>;
export type ChannelFile = z.infer<typeof channelSchema>;
export type PublicFile = z.infer<typeof publicSchema>;
