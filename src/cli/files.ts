/**
 * Node-side access to files: reading a scenario file safely (regular files only, never more bytes
 * than the limit, UTF-8 checked), the resolver that finds companies and organisations by id under
 * `scenarios/` (an id is an id, never a path), and the output file, checked before a run starts
 * so a long run is never lost to a typo in `--out`.
 */
import { accessSync, closeSync, constants, existsSync, rmSync, fstatSync, openSync, readdirSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resolver } from '../scenario/load';
import { decodeScenarioBytes } from '../scenario/parse';
import { LIMITS } from '../scenario/limits';
import { isId } from '../scenario/schema-common';
import { declaredId } from '../scenario/drafts';
import { InputError } from './args';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCENARIOS_DIR = join(REPO_ROOT, 'scenarios');

const SCENARIO_EXTENSION = /\.(ya?ml|json)$/i;

/**
 * Reads a scenario file as text, or throws an InputError saying why not. Opened without blocking
 * and checked after opening, so a FIFO or a device (`/dev/zero`) is refused rather than read
 * forever; at most the size limit plus one byte is ever read.
 */
export function readScenarioFile(path: string): string {
  const name = displayName(path);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new InputError(openProblem(name, e));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`"${name}" is a folder; give a scenario file (.yaml, .yml or .json)`);
    if (!stat.isFile()) throw new InputError(`"${name}" is not a regular file (a device, a pipe or a socket); give a scenario file (.yaml, .yml or .json)`);
    const buffer = Buffer.alloc(LIMITS.fileBytes + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > LIMITS.fileBytes) throw new InputError(`"${name}" is larger than ${LIMITS.fileBytes / 1000} kB, the limit for a scenario file: split it or remove unused parts`);
    const decoded = decodeScenarioBytes(buffer.subarray(0, length));
    if (!decoded.ok) throw new InputError(`"${name}": ${decoded.message}`);
    return decoded.text;
  } finally {
    closeSync(fd);
  }
}

function openProblem(name: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `there is no file "${name}"`;
  if (code === 'EACCES' || code === 'EPERM') return `"${name}" cannot be read: permission denied`;
  if (code === 'ENOTDIR') return `"${name}": a part of this path is a file, not a folder`;
  return `"${name}" cannot be read (${code ?? (e as Error).message})`;
}

/** Name shown in messages: the path relative to the repository when inside it. */
export function displayName(path: string): string {
  const rel = relative(REPO_ROOT, resolve(path));
  return rel.startsWith('..') ? path : rel;
}

function folderOf(kind: 'company' | 'organisation'): string {
  return join(SCENARIOS_DIR, kind === 'company' ? 'companies' : 'organisations');
}

/**
 * Finds `scenarios/companies/<id>.yaml` or `scenarios/organisations/<id>.yaml` (or .yml/.json).
 * Only a well-formed id is looked up, so "../x" can never reach outside the folder.
 */
export const fileResolver: Resolver = (kind, id) => {
  if (!isId(id)) return undefined;
  const file = presetIds(kind).find((f) => f.id === id);
  return file ? { file: displayName(file.path), text: readScenarioFile(file.path) } : undefined;
};

/** The ids of the shipped companies or organisations, sorted, each with its file. */
function presetIds(kind: 'company' | 'organisation'): { id: string; path: string }[] {
  const folder = folderOf(kind);
  return readdirSync(folder)
    .filter((f) => SCENARIO_EXTENSION.test(f))
    .sort()
    .map((f) => ({ id: f.replace(SCENARIO_EXTENSION, ''), path: join(folder, f) }));
}

export function presetIdList(kind: 'company' | 'organisation'): string[] {
  return [...new Set(presetIds(kind).map((f) => f.id))];
}

/**
 * A company named on the command line: an id in scenarios/companies/ or a path to a file. Throws
 * an InputError saying which it was taken for and what is there.
 */
export function readCompanyArgument(arg: string): { file: string; text: string } {
  if (isId(arg)) {
    const found = fileResolver('company', arg);
    if (found) return found;
    throw new InputError(`there is no company "${arg}" in scenarios/companies/ (there are ${presetIdList('company').join(', ')}); give one of these ids or a file path`);
  }
  return { file: displayName(arg), text: readScenarioFile(arg) };
}

/**
 * The organisations of `--orgs`: ids under scenarios/organisations/, or files of the user's own
 * (ending in .yaml, .yml or .json: a draft exported from the app), found by the id they declare.
 */
export function organisationArgument(raw: string | undefined): { ids: string[]; files: Map<string, { file: string; text: string }> } {
  const known = presetIdList('organisation');
  const files = new Map<string, { file: string; text: string }>();
  if (raw === undefined) return { ids: known, files };
  const given = [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))]; // a repeated id counts once
  if (given.length === 0) throw new InputError(`--orgs names no organisation; give ids separated by commas, e.g. --orgs ${known.slice(0, 2).join(',')}`);
  const ids = given.map((entry) => {
    if (!/\.(ya?ml|json)$/i.test(entry)) return entry;
    const text = readScenarioFile(entry);
    const id = declaredId(text) || entry;
    files.set(id, { file: displayName(entry), text });
    return id;
  });
  const unknown = ids.filter((id) => !known.includes(id) && !files.has(id));
  if (unknown.length) {
    const paths = unknown.some((u) => !isId(u)) ? '; --orgs takes ids, not paths without an extension (a file of your own ends in .yaml, .yml or .json)' : '';
    throw new InputError(`no organisation ${unknown.map((u) => `"${u.slice(0, 60)}"`).join(', ')} in scenarios/organisations/${paths}; the ids are ${known.join(', ')}`);
  }
  return { ids, files };
}

/**
 * Checks that `--out` can be written before the run starts: the right extension, an existing
 * folder, not a folder itself, and writable.
 */
export function checkOutput(path: string): void {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) throw new InputError(`--out "${path}" is a folder; give a file name inside it, e.g. ${join(path, 'results.json')}`);
  if (!/\.(json|csv)$/i.test(path)) throw new InputError(`--out must end in .json or .csv (got "${path.slice(0, 80)}")`);
  const folder = dirname(resolve(path));
  let folderStat;
  try {
    folderStat = statSync(folder);
  } catch {
    throw new InputError(`--out "${path}": the folder "${dirname(path)}" does not exist; create it first or choose another path`);
  }
  if (!folderStat.isDirectory()) throw new InputError(`--out "${path}": "${dirname(path)}" is not a folder`);
  try {
    accessSync(stat ? path : folder, constants.W_OK);
  } catch {
    throw new InputError(`--out "${path}" cannot be written: permission denied${stat ? '' : ` in "${dirname(path)}"`}`);
  }
}

/**
 * Writes the results: to a temporary file beside the target, then renamed over it, so a failed
 * write never leaves half a file. If writing fails all the same (a full disk), the results go to
 * the system's temporary folder and the message says where: a finished run is never lost.
 */
export function writeOutput(path: string, text: string): string {
  if (existsSync(path) && !statSync(path).isFile()) { writeFileSync(path, text); return path; } // /dev/stdout and the like
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
    return path;
  } catch (e) {
    rmSync(temporary, { force: true });
    const rescue = join(tmpdir(), `cm-results-${process.pid}-${basename(path)}`);
    writeFileSync(rescue, text);
    throw new InputError(`could not write "${path}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the results were saved to ${rescue} instead`);
  }
}
