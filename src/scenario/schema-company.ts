/**
 * The company: who talks to it, on which channels, about what, and how much.
 *
 * A company file is shared by every organisation compared on it, so comparisons are like for like.
 * Owns: the shape of a company in a scenario file. Never imports React, d3 or the model.
 */
import { z } from 'zod';
import { distribution, hours, id, mix, positive, probability, profile, text } from './schema-common';
import { LIMITS } from './limits';

export const CHANNEL_KINDS = ['phone', 'email', 'social_public', 'social_private', 'forum', 'direct'] as const;

export const channelSchema = z.strictObject({
  id,
  name: text.optional(),
  kind: z.enum(CHANNEL_KINDS, { error: `kind must be one of: ${CHANNEL_KINDS.join(', ')}` }),
  /** Seen by everyone (a public page) or private (a call, a private message). */
  public: z.boolean().default(false),
  /** Live channels (a phone call) give the first response when picked up; others when first replied to. */
  live: z.boolean().default(false),
  /**
   * Order in which a unit serves waiting work of this channel, 1 first (non-preemptive: nobody is
   * interrupted). Omit: 1 for live channels, 2 for written ones, so calls are answered before e-mail.
   */
  priority: z.number().int('priority must be a whole number: 1, 2 or 3').min(1).max(3).optional(),
  /** When customers can use it; outside, demand moves to the open hours. */
  hours: hours.default('24/7'),
  /** The response time customers expect (minutes): the SLA threshold. */
  expectedResponseMinutes: positive('expectedResponseMinutes').default(60),
  costPerContact: z.number().min(0).max(1e6).default(0),
  /** How long a customer waits for a first response before giving up (minutes). Omit: waits forever. */
  patience: distribution.optional(),
  /** What a customer who gives up does next. */
  onAbandon: z
    .strictObject({
      /** Channel tried next, with the probability of trying it and the delay before. */
      switchTo: id.optional(),
      switchProbability: probability.default(0),
      switchDelay: distribution.default({ dist: 'exponential', mean: 30 }),
    })
    .default({ switchProbability: 0, switchDelay: { dist: 'exponential', mean: 30 } }),
  /** Arrival pattern over the week; defaults to the company's. */
  profile: profile.optional(),
});

export const intentSchema = z.strictObject({
  id,
  name: text.optional(),
  /** Whether the customer waits for an answer (a suggestion may not). */
  expectsAnswer: z.boolean().default(true),
  /** Function that must receive it for it to count as captured insight (listening). */
  insightFunction: id.optional(),
  /** How much an unanswered public message of this intent adds to visibility (bad buzz). */
  visibilityWeight: z.number().min(0).max(1e6).default(0),
});

export const topicSchema = z.strictObject({ id, name: text.optional(), function: id });

export const publicSchema = z.strictObject({
  id,
  name: text.optional(),
  size: z.number().min(0).max(1e10),
  /** Contacts per member per month (30 days). */
  contactsPerMonth: z.number().min(0).max(1e4),
  channels: mix,
  intents: mix,
  topics: mix,
  /** Share of contacts from organised groups, whose unanswered complaints weigh more. */
  organisedShare: probability.default(0),
  /** Visibility multiplier of an organised group's unanswered public message. */
  organisedWeight: z.number().min(1).max(1e4).default(5),
  /** Relationship aim: a timely, correct answer moves the member to another public. */
  goodAnswer: z.strictObject({ becomes: id, probability }).optional(),
});

const crisisEpisode = z.strictObject({
  name: text.optional(),
  /** Off: the episode is described but does not happen (switch it on to play the defensive scenario). */
  enabled: z.boolean().default(true),
  startDay: z.number().min(0).max(LIMITS.horizonDays),
  startHour: z.number().min(0).max(24).default(9),
  durationHours: positive('durationHours'),
  multiplier: z.number().min(1).max(1000),
});

export const badBuzzSchema = z.strictObject({
  /** Visibility above which an episode starts on its own. */
  threshold: positive('threshold').default(20),
  /** Half-life of visibility (hours). */
  decayHalfLifeHours: positive('decayHalfLifeHours').default(24),
  /** Inbound volume during an episode, as a multiple of the normal volume of the crisis channels. */
  multiplier: z.number().min(1).max(1000).default(4),
  durationHours: positive('durationHours').default(48),
  /** Where the extra messages arrive and what they are about. */
  channels: mix,
  intents: mix,
  /** Episodes that start at a fixed time whatever happens (the defensive scenario). */
  scripted: z.array(crisisEpisode).max(50).default([]),
  /** Self-triggered episodes (visibility over threshold) on or off. */
  selfTriggered: z.boolean().default(true),
});

export const companySchema = z.strictObject({
  version: z.literal(1),
  kind: z.literal('company'),
  id,
  name: text,
  description: text.optional(),
  /** Headcount of the company: organisations can size expert pools per 1,000 employees. */
  employees: z.number().min(1).max(1e7).default(1000),
  functions: z.array(id).min(1).max(LIMITS.topics),
  topics: z.array(topicSchema).min(1).max(LIMITS.topics),
  intents: z.array(intentSchema).min(1).max(LIMITS.intents),
  channels: z.array(channelSchema).min(1).max(LIMITS.channels),
  publics: z.array(publicSchema).min(1).max(LIMITS.publics),
  /** Default arrival pattern over the week. */
  profile: profile.default('flat'),
  /** What counts as business hours when measuring night and weekend coverage. */
  businessHours: hours.default('office'),
  quality: z
    .strictObject({
      /** Chance a customer comes back after a wrong answer. */
      reworkProbability: probability.default(0.6),
      reworkDelay: distribution.default({ dist: 'exponential', mean: 240 }),
      /** Chance an answer from a unit with no guidelines and no coordination is inconsistent. */
      inconsistencyBase: probability.default(0.3),
    })
    .default({ reworkProbability: 0.6, reworkDelay: { dist: 'exponential', mean: 240 }, inconsistencyBase: 0.3 }),
  badBuzz: badBuzzSchema.optional(),
});

export type CompanyFile = z.infer<typeof companySchema>;
export type ChannelFile = z.infer<typeof channelSchema>;
export type PublicFile = z.infer<typeof publicSchema>;

