/**
 * Bytes to text and text to plain data: YAML (of which JSON is a subset), with size and alias
 * limits so a hostile file cannot exhaust memory, and a clear word for what is not UTF-8 text
 * (UTF-16, binary data, NUL characters) or refers to itself (a circular alias). Nothing in a file
 * is ever executed.
 */
import { parseDocument } from 'yaml';
import { LIMITS } from './limits';
import { formatPath, type ScenarioIssue } from './issues';

export type ParseResult = { ok: true; data: unknown } | { ok: false; issues: ScenarioIssue[] };

const UTF16 = 'the file is encoded in UTF-16; save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)';

/** Decodes a file's bytes as UTF-8, naming UTF-16 and binary files instead of misreading them. */
export function decodeScenarioBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  if (looksUtf16(bytes)) return { ok: false, message: UTF16 };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: 'the file is not UTF-8 text (a binary file, or another encoding): save it as UTF-8' };
  }
}

/** A UTF-16 byte-order mark, or the NUL every other byte that UTF-16 gives ASCII text. */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = bytes.subarray(0, 200);
  let zeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros++;
  return sample.length >= 4 && zeros >= sample.length / 3;
}

export function parseText(text: string, file: string): ParseResult {
  // Characters never outnumber UTF-8 bytes, so only long texts need the exact byte count.
  const bytes = text.length * 3 <= LIMITS.fileBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > LIMITS.fileBytes) {
    return fail(file, `the file is ${(bytes / 1000).toFixed(1)} kB; the limit is ${LIMITS.fileBytes / 1000} kB: split it or remove unused parts`);
  }
  if (text.trim() === '') return fail(file, 'the file is empty: a scenario file starts with "version: 1" and "kind: ..."');
  // Text decoded from UTF-16 without knowing it: replacement characters first, or a NUL in every other place.
  if (/^\uFEFF?\uFFFD\uFFFD/.test(text) || (text.length >= 4 && (text.slice(0, 200).match(/\0/g)?.length ?? 0) >= Math.min(200, text.length) / 3)) return fail(file, UTF16);
  const nul = text.indexOf('\0');
  if (nul >= 0) return fail(file, `the file holds a NUL character (${position(text, nul)}): a scenario file is plain text; remove it`);
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
  const loop = circularPath(data);
  if (loop !== undefined) return { ok: false, issues: [{ file, path: loop, message: 'this value contains itself through an alias (&name … *name inside it): write it out in full instead' }] };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(file, 'the file must hold a mapping (keys and values), starting with "version: 1"');
  }
  return { ok: true, data };
}

function position(text: string, index: number): string {
  const before = text.slice(0, index).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

/** The path of the first value that contains itself (YAML aliases can build loops), or undefined. */
function circularPath(data: unknown): string | undefined {
  const inside = new Set<object>();
  const visit = (value: unknown, path: PropertyKey[]): PropertyKey[] | undefined => {
    if (value === null || typeof value !== 'object') return undefined;
    if (inside.has(value)) return path;
    inside.add(value);
    for (const [key, child] of Object.entries(value)) {
      const found = visit(child, [...path, Array.isArray(value) ? Number(key) : key]);
      if (found) return found;
    }
    inside.delete(value);
    return undefined;
  };
  const found = visit(data, []);
  return found && formatPath(found);
}

function fail(file: string, message: string): ParseResult {
  return { ok: false, issues: [{ file, path: '', message }] };
}
