/**
 * `npm run schema`: writes the scenario format's JSON Schema (scenarios/schema/) and the format
 * tables of scenarios/README.md from the zod schemas. A test fails while either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withFormatTables } from '../scenario/format-doc';
import { SCHEMA_FILE, scenarioJsonSchema } from '../scenario/json-schema';
import { REPO_ROOT } from './files';

const schema = scenarioJsonSchema();
writeFileSync(join(REPO_ROOT, SCHEMA_FILE), `${JSON.stringify(schema, null, 2)}\n`);
const readme = join(REPO_ROOT, 'scenarios/README.md');
writeFileSync(readme, withFormatTables(readFileSync(readme, 'utf8'), schema));
console.log(`wrote ${SCHEMA_FILE} and the tables of scenarios/README.md`);
