/**
 * Building blocks shared by the company and organisation schemas: identifiers, bilingual text,
 * distributions, weekly hours and arrival profiles.
 *
 * Owns: what a scenario file may write for these (the limits themselves are in `limits.ts`).
 * Never imports React, d3 or the engine's internals (only its distribution names).
 */
import { z } from 'zod';
import { DISTRIBUTION_NAMES, type DistributionSpec } from '../engine/distributions';
import { LIMITS } from './limits';

const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export const id = z
  .string()
  .regex(ID, 'use lower-case letters, digits, "-" or "_" (at most 64), e.g. "customer_service"')
  .meta({ id: 'id', description: 'An identifier: lower-case letters, digits, "-" or "_", at most 64, e.g. "customer_service".' });

/** Whether `value` is a well-formed id (never a path: no "/", no "."). */
export function isId(value: string): boolean {
  return ID.test(value);
}

/** Text in English and French; a plain string is taken as both. */
export const text = z.union([
  z.string().max(2_000),
  z.strictObject({ en: z.string().max(2_000), fr: z.string().max(2_000) }),
]).meta({ id: 'text', description: 'Text shown to users: { en: ..., fr: ... }, or a plain string taken as both.' });
export type Text = z.infer<typeof text>;

const shortText = z.string().min(1).max(24, 'a label has at most 24 characters; the full name goes in "name"');
/** A short label on a chart, in English and French (a plain string is taken as both). */
export const label = z.union([shortText, z.strictObject({ en: shortText, fr: shortText })])
  .meta({ id: 'label', description: 'A short label on the charts (at most 24 characters): { en: ..., fr: ... } or a plain string.' });

const positive = (what: string) => z.number().positive(`${what} must be a number above 0`).max(LIMITS.minutes);
const nonNegative = (what: string) => z.number().min(0, `${what} must be 0 or more`).max(LIMITS.minutes);
export const probability = z.number().min(0, 'a probability is between 0 and 1').max(1, 'a probability is between 0 and 1');

export const distribution = z.preprocess(
  (v) => (typeof v === 'number' ? { dist: 'deterministic', value: v } : v),
  z.discriminatedUnion(
    'dist',
    [
      z.strictObject({ dist: z.literal('exponential'), mean: positive('mean') }),
      z.strictObject({ dist: z.literal('lognormal'), mean: positive('mean'), cv: z.number().min(0).max(20) }),
      z.strictObject({ dist: z.literal('gamma'), mean: positive('mean'), cv: z.number().min(0).max(20) }),
      z.strictObject({ dist: z.literal('erlang'), mean: positive('mean'), k: z.number().int().min(1).max(100) }),
      z.strictObject({ dist: z.literal('deterministic'), value: nonNegative('value') }),
      z
        .strictObject({ dist: z.literal('uniform'), min: nonNegative('min'), max: nonNegative('max') })
        .refine((d) => d.max >= d.min, { message: 'max must be at least min', path: ['max'] }),
      z
        .strictObject({ dist: z.literal('triangular'), min: nonNegative('min'), mode: nonNegative('mode'), max: nonNegative('max') })
        .refine((d) => d.min <= d.mode && d.mode <= d.max, { message: 'need min ≤ mode ≤ max', path: ['mode'] }),
      z
        .strictObject({
          dist: z.literal('empirical'),
          values: z.array(nonNegative('value')).min(1).max(LIMITS.empiricalValues),
          weights: z.array(z.number().min(0, 'weights are 0 or more').max(1e9, 'weights are relative: at most 1e9 (divide them all by the same number)')).optional(),
        })
        .refine((d) => !d.weights || d.weights.length === d.values.length, {
          message: 'weights must have one entry per value', path: ['weights'],
        })
        .refine((d) => !d.weights || d.weights.some((w) => w > 0), { message: 'at least one weight must be above 0', path: ['weights'] }),
    ],
    { error: `dist must be one of: ${DISTRIBUTION_NAMES.join(', ')} (or write a plain number of minutes)` },
  ),
).meta({ id: 'distribution', description: 'A duration in minutes: { dist: exponential, mean }, lognormal or gamma { mean, cv }, erlang { mean, k }, deterministic { value }, uniform { min, max }, triangular { min, mode, max }, empirical { values, weights }, or a plain number (always that many minutes).' });

// The engine owns the distributions (names and parameters); this schema must read exactly them.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const readsTheEngineDistributions: Same<z.output<typeof distribution>, DistributionSpec> = true;
void readsTheEngineDistributions;

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'write a time as "HH:MM", from "00:00" to "24:00"');
const days = z
  .string()
  .regex(
    /^(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?(,(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?)*$/,
    `write days as "mon-fri", "sat,sun" or "mon"; day names: ${DAY_NAMES.join(', ')}`,
  );

/** Weekly hours: a named calendar, or a list of day ranges with opening and closing times. */
export const NAMED_HOURS = ['24/7', 'office', 'extended', 'weekdays-24h', 'never'] as const;
export const hours = z.union(
  [
    z.enum(NAMED_HOURS),
    z.array(
      z.strictObject({ days, from: clock, to: clock }).refine((span) => span.from !== span.to, {
        message: 'opens and closes at the same time: for a whole day write from "00:00" to "24:00"; to close, leave the day out',
        path: ['to'],
      }),
    ).max(50),
  ],
  { error: `hours must be one of ${NAMED_HOURS.map((h) => `"${h}"`).join(', ')} or a list like [{days: "mon-fri", from: "09:00", to: "18:00"}]` },
).meta({ id: 'hours', description: 'Weekly hours: 24/7, office (Mon–Fri 09–18), extended (Mon–Sat 08–20), weekdays-24h, never, or a list such as [{ days: mon-fri, from: "08:00", to: "20:00" }].' });
export type Hours = z.infer<typeof hours>;

/** Relative arrival intensity by hour of day and day of week; each list is normalised to mean 1. */
export const NAMED_PROFILES = ['flat', 'office', 'social', 'evening'] as const;
const weights = (n: number, what: string) =>
  z.array(z.number().min(0).max(1e6)).length(n, `${what} needs exactly ${n} numbers`).refine((w) => w.some((x) => x > 0), {
    message: `${what} needs at least one number above 0`,
  });
export const profile = z.union(
  [
    z.enum(NAMED_PROFILES),
    z.strictObject({ hourly: weights(24, 'hourly (one weight per hour, 00h to 23h)'), daily: weights(7, 'daily (Monday to Sunday)') }),
  ],
  { error: `profile must be one of ${NAMED_PROFILES.map((p) => `"${p}"`).join(', ')} or {hourly: [24 numbers], daily: [7 numbers]}` },
).meta({ id: 'profile', description: 'Arrival pattern over the week: flat, office, social, evening, or { hourly: [24 weights], daily: [7 weights] }.' });
export type Profile = z.infer<typeof profile>;

/**
 * A mapping from ids to values. Like z.record, but a "__proto__" key, which z.record would drop
 * without a word, is reported.
 */
export function idRecord<K extends z.ZodType<string>, V extends z.ZodType>(key: K, value: V) {
  return z.preprocess((input, ctx) => {
    if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
      ctx.addIssue({ code: 'custom', input, path: ['__proto__'], message: 'unknown key "__proto__": not an id; remove it' });
    }
    return input;
  }, z.record(key, value));
}

/** A mix: relative weights by identifier (normalised when compiled). */
export const mix = idRecord(id, z.number().min(0, 'weights are 0 or more').max(1e9, 'weights are relative: at most 1e9 (divide them all by the same number)'))
  .meta({ id: 'mix', description: 'Relative weights by id, e.g. { phone: 3, email: 1 } (normalised when compiled).' });

export { positive, nonNegative };
