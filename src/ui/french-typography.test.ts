/**
 * French text, in the interface and in the scenario files, uses the typographic apostrophe (’)
 * throughout: a mix of ’ and ' reads as careless on a projected slide.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/files';
import { FIGURE_EXPLANATIONS } from './locales/explanations';
import { fr } from './locales/fr';

const STRAIGHT = /\p{L}'\p{L}/u;

/** Every string under `value`, with its path. */
function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

describe('French typography', () => {
  it('the interface and the explanations use ’, never a straight apostrophe between letters', () => {
    const texts = [...strings(fr, 'fr', []), ...strings(FIGURE_EXPLANATIONS, 'explanations', []).filter(([p]) => p.endsWith('.fr'))];
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter(([, s]) => STRAIGHT.test(s))).toEqual([]);
  });

  it('so do the French names and descriptions of every scenario file', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (/\.(ya?ml|json)$/.test(e.name)) files.push(join(dir, e.name));
      }
    };
    walk(join(REPO_ROOT, 'scenarios'));
    const bad = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((line) => /\bfr:/.test(line) && STRAIGHT.test(line.slice(line.indexOf('fr:')))).map((line) => `${f}: ${line.trim()}`));
    expect(files.length).toBeGreaterThan(20);
    expect(bad).toEqual([]);
  });
});
