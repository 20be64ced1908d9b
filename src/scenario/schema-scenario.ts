/**
 * A runnable scenario: one company, one organisation, and how long and how often to run them.
 *
 * Company and organisation are either written inline or named by id (resolved from `scenarios/`
 * in Node, from the bundled presets in the browser). Owns: the shape of run settings.
 */
import { z } from 'zod';
import { id, idRecord, text, type Text } from './schema-common';
import type { CompanyFile } from './schema-company';
import type { OrganisationFile } from './schema-organisation';
import { LIMITS } from './limits';

/**
 * Default warm-up: queues start empty, so the first days flatter every organisation. Two days (at
 * most a quarter of the horizon) are simulated but not measured; with the default horizon of 16
 * days the measured period is two whole weeks. An assumption: long enough for a desk's backlog to
 * reach its weekly rhythm, short enough not to slow the app (see scenarios/CALIBRATION.md).
 */
export const DEFAULT_WARMUP_DAYS = 2;

export const runSchema = z.strictObject({
  horizonDays: z.number().positive().max(LIMITS.horizonDays).default(16).describe('Days simulated, warm-up included.'),
  warmupDays: z.number().min(0).max(LIMITS.horizonDays).optional()
    .describe(`Days simulated but not measured, so queues do not start empty; default ${DEFAULT_WARMUP_DAYS} (at most a quarter of the horizon).`),
  replications: z.number().int().min(1).max(LIMITS.replications).default(5).describe('Independent runs, for the confidence intervals.'),
  seed: z.number().int().min(0).max(LIMITS.seed).default(1).describe('The same seed gives the same numbers, in Node and in the browser.'),
  sampleEveryMinutes: z.number().min(5).max(10_080).default(60).describe('Interval of the utilisation and queue time series (minutes).'),
  eventBudget: z.number().int().min(1_000).max(500_000_000).default(50_000_000).describe('Most events one replication may fire: a run that exhausts it stops and says so.'),
  memoryBudgetMB: z.number().int().min(1).max(LIMITS.memoryBudgetMB).default(1_000)
    .describe('Most memory (MB) one replication may take: its messages (about 90 bytes each, measuring included), the backlog\'s tasks and pending events. A run that would need more stops cleanly there and says so (exit code 3 on the command line; --memory-budget MB). Each thread holds one replication at a time.'),
}).transform((r) => ({ ...r, warmupDays: r.warmupDays ?? Math.min(DEFAULT_WARMUP_DAYS, r.horizonDays / 4) }))
  .refine((r) => r.warmupDays < r.horizonDays, { message: 'warmupDays must be less than horizonDays', path: ['warmupDays'] })
  .meta({ id: 'run', description: 'Run settings (`run:` in a scenario; the command line\'s flags override them).' });

export type RunSettings = z.infer<typeof runSchema>;

/** A loaded, valid scenario: what the model compiles and the levers change. */
export interface Scenario {
  name: Text;
  company: CompanyFile;
  organisation: OrganisationFile;
  run: RunSettings;
}

function requiredOr(input: unknown, kind: string): string {
  const what = `a ${kind} id (a file in scenarios/${kind === 'company' ? 'companies' : 'organisations'}/) or an inline ${kind}`;
  return input === undefined ? `is required: ${what}` : `must be ${what}`;
}

export const scenarioHeaderSchema = z.strictObject({
  version: z.literal(1),
  kind: z.literal('scenario'),
  id: id.optional(),
  name: text.optional(),
  description: text.optional(),
  company: z.union([id, idRecord(z.string(), z.unknown())], { error: (iss) => requiredOr(iss.input, 'company') }),
  organisation: z.union([id, idRecord(z.string(), z.unknown())], { error: (iss) => requiredOr(iss.input, 'organisation') }),
  run: z.unknown().optional(),
});
