/**
 * The format tables of scenarios/README.md, written from the JSON Schema (itself generated from the
 * zod schemas): one table per kind of object, one row per key with what it accepts, its default
 * and what it means. Pure; `npm run schema` writes the result, a test checks it is current.
 */

type Json = Record<string, unknown>;

/** The objects documented, in order, with their headings. */
const SECTIONS: [def: string, heading: string][] = [
  ['company', 'Company'],
  ['channel', 'Channel'],
  ['public', 'Public'],
  ['intent', 'Intent'],
  ['topic', 'Topic'],
  ['badBuzz', 'Bad buzz'],
  ['crisisEpisode', 'Scripted crisis episode'],
  ['organisation', 'Organisation'],
  ['unit', 'Unit'],
  ['topicSkill', 'Skills on one topic'],
  ['participation', 'Participation of volunteers'],
  ['entryTarget', 'Entry of a channel'],
  ['referral', 'Referral rule'],
  ['coordination', 'Coordination'],
  ['task', 'Task'],
  ['scenario', 'Scenario'],
  ['run', 'Run settings'],
];

/** Building blocks named in the tables by a word, each explained once above them. */
const BLOCKS = ['id', 'text', 'label', 'distribution', 'hours', 'profile', 'mix'];

const code = (v: unknown) => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;
const refName = (ref: string) => ref.replace('#/$defs/', '');
const anchor = (heading: string) => heading.toLowerCase().replace(/ /g, '-');
const link = (name: string) => {
  const heading = SECTIONS.find(([def]) => def === name)?.[1];
  return heading === undefined ? name : `[${heading.toLowerCase()}](#${anchor(heading)})`;
};
const number = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('en-GB') : String(v));

function range(s: Json): string {
  const above = s.exclusiveMinimum !== undefined;
  const low = number(s.minimum ?? s.exclusiveMinimum);
  const high = number(s.maximum);
  if (s.minimum === undefined && !above) return s.maximum === undefined ? '' : ` at most ${high}`;
  if (s.maximum === undefined) return above ? ` above ${low}` : ` from ${low}`;
  return above ? ` above ${low}, at most ${high}` : ` ${low} to ${high}`;
}

/** What a value may be, in a few words. */
function accepts(s: Json): string {
  if (typeof s.$ref === 'string') return link(refName(s.$ref));
  if (s.const !== undefined) return code(s.const);
  if (Array.isArray(s.enum)) return s.enum.map(code).join(', ');
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).map(accepts).join(' or ');
  if (Array.isArray(s.oneOf)) return (s.oneOf as Json[]).map(accepts).join(' or ');
  switch (s.type) {
    case 'number': return `number${range(s)}`;
    case 'integer': return `whole number${range(s)}`;
    case 'boolean': return 'true or false';
    case 'string': return 'text';
    case 'null': return '`null`';
    case 'array': return `list of ${accepts(s.items as Json)}`;
    case 'object':
      if (s.additionalProperties && typeof s.additionalProperties === 'object') return `map of id → ${accepts(s.additionalProperties as Json)}`;
      return 'mapping (keys below)';
    default: return 'anything';
  }
}

/** Words for the keys many objects share, which the schemas leave undescribed. */
const COMMON: Record<string, string> = {
  id: 'Its identifier, by which other keys refer to it.',
  name: 'Its name, shown to users.',
  description: 'What it is, shown to users.',
  kind: 'What the file holds.',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Rows of an object's keys; an inline object's keys follow it as `parent.key`. */
function rows(object: Json, prefix = ''): string[] {
  const properties = (object.properties ?? {}) as Record<string, Json>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).flatMap(([key, s]) => {
    const name = `${prefix}${key}`;
    const fallback = s.default !== undefined ? `default ${code(s.default)}` : required.has(key) ? 'required' : 'optional';
    const row = `| \`${name}\` | ${cell(accepts(s))} | ${fallback} | ${cell(String(s.description ?? COMMON[key] ?? ''))} |`;
    const inline = s.type === 'object' && s.properties ? rows(s, `${name}.`) : [];
    return [row, ...inline];
  });
}

export function formatTables(schema: Json): string {
  const defs = schema.$defs as Record<string, Json>;
  const out: string[] = [];
  out.push('Building blocks:', '');
  for (const name of BLOCKS) out.push(`- **${name}**: ${String(defs[name]?.description ?? '')}`);
  for (const [def, heading] of SECTIONS) {
    const s = defs[def];
    if (!s) throw new Error(`no definition "${def}" in the schema`);
    out.push('', `### ${heading}`, '', String(s.description ?? ''), '');
    if (s.properties) out.push('| key | accepts | default | meaning |', '|---|---|---|---|', ...rows(s));
    else out.push(`It is ${cell(accepts(s))}.`);
    for (const option of ((s.anyOf ?? []) as Json[]).filter((o) => o.properties)) out.push('', '| key | accepts | default | meaning |', '|---|---|---|---|', ...rows(option));
  }
  return out.join('\n') + '\n';
}

export const FORMAT_BEGIN = '<!-- format tables: generated by `npm run schema` from the zod schemas; do not edit by hand -->';
export const FORMAT_END = '<!-- end of the generated format tables -->';

/** The README with its generated part replaced. */
export function withFormatTables(readme: string, schema: Json): string {
  const begin = readme.indexOf(FORMAT_BEGIN);
  const end = readme.indexOf(FORMAT_END);
  if (begin < 0 || end < begin) throw new Error('scenarios/README.md has lost the markers of its generated tables');
  return `${readme.slice(0, begin + FORMAT_BEGIN.length)}\n\n${formatTables(schema)}\n${readme.slice(end)}`;
}
