/**
 * Files in and out of the editor: importing a YAML or JSON file as drafts (with the size limit
 * checked before reading, so a huge file is refused without being loaded), and exporting a draft
 * as YAML, as JSON, or as a scenario file the command line runs.
 */
import { stringify } from 'yaml';
import { parseText } from '../../scenario/parse';
import { LIMITS } from '../../scenario/limits';
import { kindOfText } from '../../scenario/draft-text';
import { scenarioFileText, type DraftKind } from '../../scenario/drafts';
import { loadComparison } from '../../scenario/comparison';
import type { Levers } from '../../scenario/levers';
import type { Resolver } from '../../scenario/load';
import { downloadText } from '../download';

export interface ImportOutcome {
  /** The drafts to add, each as written (an invalid one is kept for the user to fix). */
  drafts: { kind: DraftKind; text: string }[];
  /** Key of the message (under "editor/") and its values. */
  message: string;
  values: Record<string, string>;
  problem: boolean;
}

const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} kB`);

/** Reads a dropped or chosen file into drafts; never reads more than the size limit. */
export async function importFile(file: File): Promise<ImportOutcome> {
  const name = file.name.slice(0, 120);
  if (file.size > LIMITS.fileBytes) {
    return { drafts: [], message: 'tooBig', values: { file: name, size: size(file.size), limit: size(LIMITS.fileBytes) }, problem: true };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { drafts: [], message: 'unreadable', values: { file: name }, problem: true };
  }
  return importText(text, name);
}

/** The drafts a text becomes: itself, or the two halves of a scenario file with inline parts. */
export function importText(text: string, name: string): ImportOutcome {
  const kind = kindOfText(text);
  if (kind === 'scenario') {
    const parsed = parseText(text, name);
    const data = parsed.ok ? (parsed.data as Record<string, unknown>) : {};
    const parts = (['company', 'organisation'] as const).filter((k) => data[k] !== null && typeof data[k] === 'object');
    if (parts.length > 0) {
      const drafts = parts.map((k) => ({ kind: k, text: stringify({ version: 1, kind: k, ...(data[k] as object) }, { lineWidth: 0 }) }));
      return { drafts, message: 'scenarioSplit', values: { file: name }, problem: false };
    }
  }
  const draftKind: DraftKind = kind === 'company' ? 'company' : 'organisation';
  const valid = parseText(text, name).ok;
  const message = kind === null ? 'unknownKind' : valid ? 'imported' : 'importedProblems';
  return { drafts: [{ kind: draftKind, text }], message, values: { file: name }, problem: kind === null || !valid };
}

export function exportYaml(name: string, text: string): void {
  downloadText(name, text, 'application/yaml');
}

/** The draft as JSON (only a draft that parses can be written as JSON). */
export function exportJson(name: string, text: string): boolean {
  const parsed = parseText(text, name);
  if (!parsed.ok) return false;
  downloadText(name.replace(/\.ya?ml$/, '.json'), `${JSON.stringify(parsed.data, null, 2)}\n`, 'application/json');
  return true;
}

/** One organisation on the company in use, exactly as the app runs it, as a scenario file. */
export function scenarioText(companyId: string, organisationId: string, resolver: Resolver, run: { replications: number; seed: number }, levers: Levers): string | null {
  const loaded = loadComparison(companyId, [organisationId], resolver, run, levers);
  return loaded.ok ? scenarioFileText(loaded.value[0]!, 'yaml') : null;
}
