/**
 * Brings files written by earlier versions of the format up to the current one.
 *
 * Owns: the `version` field. Each entry of MIGRATIONS turns version n into n + 1; files of a newer
 * version than this build knows are refused with a clear message rather than misread.
 */
import type { ScenarioIssue } from './issues';

export const CURRENT_VERSION = 1;

/** version n → n + 1. The format is at its first version: nothing to migrate yet. */
const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {};

export type MigrateResult = { ok: true; data: Record<string, unknown> } | { ok: false; issues: ScenarioIssue[] };

export function migrate(data: Record<string, unknown>, file: string): MigrateResult {
  const version = data.version;
  const fail = (message: string): MigrateResult => ({ ok: false, issues: [{ file, path: 'version', message }] });
  if (version === undefined) return fail(`is required: add "version: ${CURRENT_VERSION}" at the top of the file`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`must be a whole number from 1 to ${CURRENT_VERSION}`);
  }
  if (version > CURRENT_VERSION) {
    return fail(`the file is format version ${version}, newer than this simulator (${CURRENT_VERSION}): update the simulator`);
  }
  let out = data;
  for (let v = version; v < CURRENT_VERSION; v++) out = { ...MIGRATIONS[v]!(out), version: v + 1 };
  return { ok: true, data: out };
}
