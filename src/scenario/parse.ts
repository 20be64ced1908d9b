/**
 * Text to plain data: YAML (of which JSON is a subset), with size and alias limits so a hostile
 * file cannot exhaust memory. Nothing in a file is ever executed.
 */
import { parseDocument } from 'yaml';
import { LIMITS } from './limits';
import type { ScenarioIssue } from './issues';

export type ParseResult = { ok: true; data: unknown } | { ok: false; issues: ScenarioIssue[] };

export function parseText(text: string, file: string): ParseResult {
  // Characters never outnumber UTF-8 bytes, so only long texts need the exact byte count.
  const bytes = text.length * 3 <= LIMITS.fileBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > LIMITS.fileBytes) {
    return fail(file, `the file is ${(bytes / 1000).toFixed(1)} kB; the limit is ${LIMITS.fileBytes / 1000} kB: split it or remove unused parts`);
  }
  if (text.trim() === '') return fail(file, 'the file is empty: a scenario file starts with "version: 1" and "kind: ..."');
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => ({
        file,
        path: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '',
        message: `not valid YAML or JSON: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return fail(file, `could not read the file: ${(e as Error).message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(file, 'the file must hold a mapping (keys and values), starting with "version: 1"');
  }
  return { ok: true, data };
}

function fail(file: string, message: string): ParseResult {
  return { ok: false, issues: [{ file, path: '', message }] };
}
