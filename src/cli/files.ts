/**
 * Node-side access to scenario files: reading a file with a size limit, and the resolver that
 * finds companies and organisations by id under `scenarios/`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resolver } from '../scenario/load';
import { LIMITS } from '../scenario/limits';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCENARIOS_DIR = join(REPO_ROOT, 'scenarios');

export function readScenarioFile(path: string): string {
  const size = statSync(path).size;
  if (size > LIMITS.fileBytes) throw new Error(`${path} is ${Math.round(size / 1000)} kB; the limit is ${LIMITS.fileBytes / 1000} kB`);
  return readFileSync(path, 'utf8');
}

/** Name shown in messages: the path relative to the repository when inside it. */
export function displayName(path: string): string {
  const rel = relative(REPO_ROOT, resolve(path));
  return rel.startsWith('..') ? path : rel;
}

/** Finds `scenarios/companies/<id>.yaml` or `scenarios/organisations/<id>.yaml` (or .yml/.json). */
export const fileResolver: Resolver = (kind, id) => {
  const folder = join(SCENARIOS_DIR, kind === 'company' ? 'companies' : 'organisations');
  for (const ext of ['.yaml', '.yml', '.json']) {
    const path = join(folder, id + ext);
    if (existsSync(path)) return { file: displayName(path), text: readScenarioFile(path) };
  }
  return undefined;
};
