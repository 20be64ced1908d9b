/**
 * Every bound on what a scenario file, a link, the app or the command line may ask for, in one
 * place: the run schema, the CLI's flags, the link's fields and the app's inputs read them here.
 * Never imports anything (the page and the model may read it without loading zod).
 */

/** Limits on what a file may hold. Message records store topic, channel, public and intent
 * indices in 8 bits and unit indices in 16: keep topics, channels, publics and intents under 256. */
export const LIMITS = {
  fileBytes: 1_000_000,
  units: 200,
  publics: 50,
  channels: 30,
  topics: 200,
  intents: 30,
  referrals: 2_000,
  headcount: 1_000_000,
  horizonDays: 366,
  replications: 1_000,
  /** Replications the app runs at most: a comparison stays interactive. */
  appReplications: 100,
  /** Seeds are 32-bit: every whole number from 0 to this one. */
  seed: 2 ** 32 - 1,
  empiricalValues: 10_000,
  /** Memory one replication may take (MB): a browser tab holds a few gigabytes. */
  memoryBudgetMB: 4_000,
  minutes: 525_600 * 10, // ten years: no delay or duration may exceed it
} as const;
