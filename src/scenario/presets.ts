/**
 * The scenario files shipped with the app, bundled at build time with what the page shows of
 * them (names, descriptions), and a resolver over them: the browser's counterpart of the CLI's
 * file resolver.
 */
import files from 'virtual:scenario-presets';
import type { Resolver } from './load';
import type { PresetFile } from './preset-meta';

export type { PresetFile } from './preset-meta';

export const PRESETS: PresetFile[] = files;

export const presetResolver: Resolver = (kind, id) => {
  const found = PRESETS.find((p) => p.kind === kind && p.id === id);
  return found ? { file: found.file, text: found.text } : undefined;
};
