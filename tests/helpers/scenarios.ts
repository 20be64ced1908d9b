/**
 * Test helpers: load scenario files from `scenarios/` and list every runnable one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileResolver, SCENARIOS_DIR, REPO_ROOT } from '../../src/cli/files';
import { loadScenario, type Scenario } from '../../src/scenario/load';
import { parseText } from '../../src/scenario/parse';
import type { RunSettings } from '../../src/scenario/schema-scenario';

export function loadFile(path: string, overrides: Partial<RunSettings> = {}): Scenario {
  const loaded = loadScenario(readFileSync(path, 'utf8'), relative(REPO_ROOT, path), fileResolver, overrides);
  if (!loaded.ok) throw new Error(`${path}: ${JSON.stringify(loaded.issues, null, 2)}`);
  return loaded.value;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : /\.(ya?ml|json)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every file in scenarios/ that can run alone (scenarios and organisations; not companies). */
export function runnableFiles(): string[] {
  return walk(SCENARIOS_DIR)
    .filter((p) => {
      const parsed = parseText(readFileSync(p, 'utf8'), p);
      return parsed.ok && (parsed.data as { kind?: unknown }).kind !== 'company';
    })
    .sort();
}


export const scenarioPath = (name: string) => join(SCENARIOS_DIR, name);
