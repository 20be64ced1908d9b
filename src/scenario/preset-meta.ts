/**
 * What the app shows of a shipped scenario file before running it: kind, id, names, description,
 * a company's names for its channels, intents and publics, and an organisation's for its units. Read at build time (see
 * presetPlugin in vite.config.ts), so the page and each worker start without parsing every file.
 */
import { parse } from 'yaml';
import type { Text } from './schema-common';

/** A company's channels, intents and publics; an organisation's units. */
export type Part = 'channels' | 'intents' | 'publics' | 'units';

export interface PresetFile {
  /** Path from the repository root, e.g. "scenarios/organisations/funnel.yaml". */
  file: string;
  kind: string;
  id: string;
  name: Text;
  description?: Text;
  /** Display names of the file's parts, by part and id. */
  parts: Partial<Record<Part, Record<string, Text>>>;
  /** An organisation's short chart labels of its units, by id (for the units that have one). */
  unitLabels: Record<string, Text>;
  text: string;
}

export function presetFile(file: string, text: string): PresetFile {
  // The files are validated when loaded for a run; a broken one here just shows its file name.
  let parsed: unknown = {};
  try { parsed = parse(text) ?? {}; } catch { /* shown as unnamed */ }
  const data = (typeof parsed === 'object' ? parsed : {}) as { kind?: string; id?: string; name?: Text; description?: Text } & Partial<Record<Part, { id?: string; name?: Text; label?: Text }[]>>;
  const id = String(data.id ?? '');
  const parts: PresetFile['parts'] = {};
  for (const part of ['channels', 'intents', 'publics', 'units'] as const) {
    const named = (Array.isArray(data[part]) ? data[part] : []).filter((item) => item?.id && item.name);
    if (named.length) parts[part] = Object.fromEntries(named.map((item) => [item.id!, item.name!]));
  }
  const labelled = (Array.isArray(data.units) ? data.units : []).filter((unit) => unit?.id && unit.label);
  const unitLabels = Object.fromEntries(labelled.map((unit) => [unit.id!, unit.label!]));
  return { file, kind: String(data.kind ?? ''), id, name: data.name ?? (id || file), description: data.description, parts, unitLabels, text };
}
