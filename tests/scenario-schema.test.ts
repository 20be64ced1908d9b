/**
 * The JSON Schema and the format tables of scenarios/README.md are generated from the zod schemas
 * (`npm run schema`): these tests fail while either is stale, and check that the schema accepts
 * every shipped file and rejects what the loader rejects.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { withFormatTables } from '../src/scenario/format-doc';
import { SCHEMA_FILE, scenarioJsonSchema } from '../src/scenario/json-schema';

const ROOT = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const schema = scenarioJsonSchema();

describe('the scenario format, generated from the zod schemas', () => {
  it(`${SCHEMA_FILE} is current (else run npm run schema)`, () => {
    expect(read(SCHEMA_FILE)).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });

  it('the format tables of scenarios/README.md are current (else run npm run schema)', () => {
    const readme = read('scenarios/README.md');
    expect(readme).toBe(withFormatTables(readme, schema));
  });

  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  const files = ['companies', 'organisations', '.'].flatMap((dir) =>
    readdirSync(join(ROOT, 'scenarios', dir)).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => join('scenarios', dir, f)));

  it('accepts every shipped scenario file', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(validate(parse(read(file))) ? [] : validate.errors, file).toEqual([]);
  });

  it('rejects an unknown key, a probability above 1 and an unknown distribution, as the loader does', () => {
    const funnel = parse(read('scenarios/organisations/funnel.yaml')) as { units: Record<string, unknown>[] };
    const variants = [
      { ...funnel, colour: 'blue' },
      { ...funnel, units: [{ ...funnel.units[0], autonomy: 1.5 }] },
      { ...funnel, units: [{ ...funnel.units[0], handling: { dist: 'weibull', mean: 3 } }] },
    ];
    for (const v of variants) expect(validate(v)).toBe(false);
    // A plain number is a deterministic duration.
    expect(validate({ ...funnel, units: [{ ...funnel.units[0], handling: 12 }] })).toBe(true);
  });
});
