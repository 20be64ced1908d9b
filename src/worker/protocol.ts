/**
 * Messages between the page and the simulation worker. Plain data only, so they survive
 * structured cloning; one request id per run so late answers of cancelled runs are ignored.
 */
import type { ScenarioResult } from '../metrics/run-scenario';
import type { ScenarioIssue } from '../scenario/issues';
import type { RunSettings } from '../scenario/schema-scenario';

export type WorkerRequest = {
  type: 'run';
  requestId: number;
  /** The scenario text and its file name (for messages). */
  text: string;
  file: string;
  overrides: Partial<RunSettings>;
};

export type WorkerResponse =
  | { type: 'progress'; requestId: number; done: number; total: number }
  | { type: 'result'; requestId: number; result: ScenarioResult }
  | { type: 'invalid'; requestId: number; issues: ScenarioIssue[] }
  | { type: 'error'; requestId: number; message: string };
