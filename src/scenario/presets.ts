/**
 * The scenario files shipped with the app, bundled as text at build time, and a resolver over
 * them — the browser's counterpart of the CLI's file resolver.
 */
import { parseText } from './parse';
import type { Resolver } from './load';
import type { Text } from './schema-common';

const files = import.meta.glob('/scenarios/**/*.{yaml,yml,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface PresetFile {
  /** Path from the repository root, e.g. "scenarios/organisations/funnel.yaml". */
  file: string;
  kind: string;
  id: string;
  name: Text;
  description?: Text;
  text: string;
}

export const PRESETS: PresetFile[] = Object.entries(files)
  .map(([path, text]) => {
    const parsed = parseText(text, path);
    const data = (parsed.ok ? parsed.data : {}) as { kind?: string; id?: string; name?: Text; description?: Text };
    const id = String(data.id ?? '');
    return { file: path.replace(/^\//, ''), kind: String(data.kind ?? ''), id, name: data.name ?? id, description: data.description, text };
  })
  .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)); // locale-independent

export const presetResolver: Resolver = (kind, id) => {
  const found = PRESETS.find((p) => p.kind === kind && p.id === id);
  return found ? { file: found.file, text: found.text } : undefined;
};
