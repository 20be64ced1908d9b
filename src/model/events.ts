/**
 * The event kinds of the organisation model, as numbers the kernel carries (with two integer
 * arguments, named beside each kind). Priorities order events that fall at the same minute.
 */
export const enum Ev {
  /** a = arrival stream */
  Arrival = 0,
  /** a = task */
  ServiceEnd = 1,
  /** a = task: a referral or a relayed answer reaches its unit after the transfer delay */
  Transfer = 2,
  /** a = message: the customer's patience runs out; b = 1 for the patience after a holding reply */
  Abandon = 3,
  /** a = unit */
  InboxCheck = 4,
  /** a = unit: opening or closing time */
  Shift = 5,
  /** midnight: participation of volunteer pools */
  Day = 6,
  /** a = task definition: a recurring internal task is due */
  TaskDue = 7,
  /** a = parent message (or task definition for campaign replies), b = origin */
  FollowUp = 8,
  Sample = 9,
  /** a = scripted episode index, or -1 for a self-triggered one */
  CrisisStart = 10,
  /** a = episode token */
  CrisisEnd = 11,
  /** a = channel, b = crisis generation (stale generations are ignored) */
  CrisisArrival = 12,
  WarmupEnd = 13,
}

export const PRIORITY_STRUCTURE = 0; // shifts, days, crisis switches: before what happens at that minute
export const PRIORITY_NORMAL = 1;
export const PRIORITY_SAMPLE = 2; // time-series samples see the minute complete
