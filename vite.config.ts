/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { presetFile } from './src/scenario/preset-meta.ts';

const SCENARIOS = join(import.meta.dirname, 'scenarios');

/**
 * `virtual:scenario-presets`: every file under scenarios/ with its names read at build time, so
 * neither the page nor a worker parses all the YAML when it starts (that was 250 ms on a page load).
 */
function presetPlugin(): Plugin {
  const id = 'virtual:scenario-presets';
  return {
    name: 'scenario-presets',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(loaded) {
      if (loaded !== `\0${id}`) return undefined;
      const paths = readdirSync(SCENARIOS, { recursive: true, encoding: 'utf8' })
        .filter((p) => /\.(ya?ml|json)$/.test(p))
        .map((p) => join(SCENARIOS, p));
      paths.forEach((p) => this.addWatchFile(p));
      const presets = paths
        .map((p) => presetFile(relative(import.meta.dirname, p).split('\\').join('/'), readFileSync(p, 'utf8')))
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)); // locale-independent
      return `export default ${JSON.stringify(presets)};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), presetPlugin()],
  worker: { format: 'es', plugins: () => [presetPlugin()] },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'threads',
  },
});
