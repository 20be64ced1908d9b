/**
 * Messages between the page and the simulation worker. Plain data only, so they survive
 * structured cloning; one request id per run so late answers of cancelled runs are ignored.
 */
import type { Replay } from '../metrics/replay';
import type { ScenarioResult } from '../metrics/run-scenario';
import type { ScenarioIssue } from '../scenario/issues';
import type { RunSettings } from '../scenario/schema-scenario';
import type { Levers } from '../scenario/levers';
import type { DraftFile } from '../scenario/drafts';

/** Compare organisations on one company: replication r of every organisation before r + 1. */
export type CompareRequest = {
  type: 'compare';
  requestId: number;
  companyId: string;
  organisationIds: string[];
  run: Partial<RunSettings>;
  levers: Levers;
  /** The user's drafts the comparison uses (company, organisations), found before the presets. */
  files?: DraftFile[];
};

export type WorkerRequest =
  | CompareRequest
  /** The page has drawn the first picture: the replications that refine it may have the processors. */
  | { type: 'refine'; requestId: number }
  /** The run is no longer wanted: stop before the next replication (answered by 'stopped'). */
  | { type: 'cancel'; requestId: number };

export type WorkerResponse =
  /** The summary of one organisation over the replications finished so far. */
  | { type: 'partial'; requestId: number; index: number; result: ScenarioResult; done: number; total: number }
  /** The org diagram's replay of one organisation, from its first replication. */
  | { type: 'replay'; requestId: number; index: number; replay: Replay }
  /** The scenarios loaded and passed validation; replications follow. */
  | { type: 'valid'; requestId: number }
  | { type: 'done'; requestId: number }
  /** Stopped as asked, between two replications: the worker is free. */
  | { type: 'stopped'; requestId: number }
  | { type: 'invalid'; requestId: number; issues: ScenarioIssue[] }
  | { type: 'error'; requestId: number; message: string };
