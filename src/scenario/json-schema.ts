/**
 * The scenario file format as a JSON Schema, generated from the zod schemas (the single source):
 * editors read it for completion and hover documentation (`# yaml-language-server: $schema=…` at
 * the top of a YAML file), and `format-doc.ts` turns it into the tables of scenarios/README.md.
 *
 * What JSON Schema cannot say (cross-references between ids, `max ≥ min`) is checked when a file
 * is loaded; the schema describes the shape, the defaults and the ranges.
 */
import { z } from 'zod';
import { companySchema } from './schema-company';
import { distribution, id } from './schema-common';
import { organisationSchema } from './schema-organisation';
import { runSchema, scenarioHeaderSchema } from './schema-scenario';

/** Where the schema is committed, relative to the repository, and how a YAML file names it. */
export const SCHEMA_FILE = 'schema/scenario-file.schema.json';

/** A scenario file as its header says, with the company and organisation it may hold inline. */
const scenarioFile = scenarioHeaderSchema.extend({
  company: z.union([id, companySchema]).describe('A company id (a file in scenarios/companies/) or an inline company.'),
  organisation: z.union([id, organisationSchema]).describe('An organisation id (a file in scenarios/organisations/) or an inline organisation.'),
  run: runSchema.optional().describe('How long and how often to run; the defaults serve most studies.'),
}).meta({ id: 'scenario', description: 'A runnable scenario (`kind: scenario`): a company and an organisation, inline or by id, and run settings.' });

const anyFile = z.discriminatedUnion('kind', [companySchema, organisationSchema, scenarioFile]);

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(anyFile, {
    io: 'input', // what a file may write: keys with defaults are optional
    unrepresentable: 'any',
    override: (ctx) => {
      // zod leaves out, in input mode, a default whose schema transforms (a distribution inside);
      // every default here is also a valid input, so it is written.
      const def = ctx.zodSchema._zod.def;
      if (def.type === 'default' && ctx.jsonSchema.default === undefined) ctx.jsonSchema.default = JSON.parse(JSON.stringify((def as { defaultValue: unknown }).defaultValue)) as unknown;
      // A plain number is read as a deterministic duration before validation (z.preprocess).
      if (ctx.zodSchema === distribution) {
        const objects = { ...ctx.jsonSchema };
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, {
          description: objects.description,
          anyOf: [{ type: 'number', minimum: 0, description: 'always that many minutes' }, { oneOf: objects.oneOf }],
        });
      }
    },
  });
  return { $id: 'https://cm-org-simulator.local/scenario-file.schema.json', title: 'CM org simulator scenario file', ...schema };
}
