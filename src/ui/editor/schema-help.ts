/**
 * Help from the scenario format's JSON Schema (generated from the zod schemas, so it says what
 * the loader accepts): which keys fit where the cursor is, what values a key takes, and what a
 * key means. Works on the text as typed, by indentation, since a half-typed line is rarely valid
 * YAML. Block style only: inside a `{ … }` on one line it offers nothing rather than guess.
 */
import schemaFile from '../../../schema/scenario-file.schema.json';

type Schema = {
  $ref?: string; type?: string | string[]; description?: string; default?: unknown; enum?: unknown[]; const?: unknown;
  properties?: Record<string, Schema>; items?: Schema; additionalProperties?: Schema | boolean; propertyNames?: Schema;
  anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[]; minimum?: number; maximum?: number; exclusiveMinimum?: number;
};

const ROOT = schemaFile as unknown as { $defs: Record<string, Schema> };

/** Alternatives a schema stands for, with references followed. */
function alternatives(schema: Schema | undefined, depth = 0): Schema[] {
  if (!schema || depth > 20) return [];
  if (schema.$ref) {
    const target = ROOT.$defs[schema.$ref.replace('#/$defs/', '')];
    // A key's own description wins over its type's.
    return alternatives(target, depth + 1).map((s) => (schema.description ? { ...s, description: schema.description, default: schema.default ?? s.default } : s));
  }
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.flatMap((s) => alternatives(s, depth + 1)).map((s) => (schema.description && !s.description ? { ...s, description: schema.description } : s));
  return [schema];
}

/** The schema at a path of keys ('[]' for any item of a list) from the top of a file of `kind`. */
export function schemaAt(kind: string, path: readonly string[]): Schema[] {
  let current = alternatives(ROOT.$defs[kind]);
  for (const key of path) {
    current = current.flatMap((s) => {
      if (key === '[]') return alternatives(s.items);
      if (s.properties && Object.hasOwn(s.properties, key)) return alternatives(s.properties[key]);
      if (s.additionalProperties && typeof s.additionalProperties === 'object') return alternatives(s.additionalProperties);
      return [];
    });
    if (current.length === 0) return [];
  }
  return current;
}

/** One line of the text as indentation sees it. */
function shape(line: string): { indent: number; dash: boolean; key: string | null; rest: string } {
  const m = /^(\s*)(-\s+)?(?:([A-Za-z_][\w-]*)\s*:(?:\s|$))?(.*)$/.exec(line)!;
  return { indent: m[1]!.length, dash: m[2] !== undefined, key: m[3] ?? null, rest: m[4] ?? '' };
}

/**
 * Keys leading to the mapping whose keys start at column `column` of line `lineIndex` (the line's
 * own key excluded), '[]' for an item of a list.
 */
export function pathAt(lines: readonly string[], lineIndex: number, column: number): string[] {
  const path: string[] = [];
  let target = column;
  for (let i = lineIndex; i >= 0; i--) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const s = shape(raw);
    const content = s.indent + (s.dash ? raw.slice(s.indent).match(/^-\s+/)![0].length : 0);
    if (s.dash && content === target) {
      // The mapping is an item of a list: the list's key is above, at this dash's column or less.
      path.unshift('[]');
      target = s.indent + 1; // a key at the dash's own column may own the list ("units:\n- id: …")
      continue;
    }
    if (i === lineIndex) continue;
    if (s.indent < target && s.key !== null && s.rest.trim() === '' && !s.dash) {
      path.unshift(s.key);
      target = s.indent;
      if (target === 0) break;
    } else if (s.indent < target && s.dash && s.key !== null && s.rest.trim() === '') {
      // "- key:" opens a mapping under a list item's key.
      path.unshift(s.key);
      path.unshift('[]');
      target = s.indent + 1;
    }
  }
  return path;
}

/** The kind the text declares (company, organisation, scenario); organisation if it says nothing yet. */
function kindOf(text: string): string {
  return /^kind:\s*["']?(company|organisation|scenario)\b/m.exec(text)?.[1] ?? 'organisation';
}

export interface Suggestion { label: string; detail?: string; info?: string; type: 'property' | 'enum' }

/** What fits at a position: keys of the mapping, or the values a key takes after "key: ". */
export function suggestionsAt(text: string, offset: number): { from: number; options: Suggestion[] } | null {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const lines = text.split('\n');
  const lineIndex = before.split('\n').length - 1;
  const typed = before.slice(lineStart);
  if (typed.includes('{') || typed.includes('[') || typed.trimStart().startsWith('#')) return null;
  const kind = kindOf(text);
  const value = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*:\s*([\w/-]*)$/.exec(typed);
  if (value) {
    const column = value[1]!.length;
    const schemas = schemaAt(kind, [...pathAt(lines, lineIndex, column), value[2]!]);
    const values = [...new Set(schemas.flatMap((s) => s.enum ?? (s.const !== undefined ? [s.const] : [])).map(String))];
    if (values.length === 0) return null;
    return { from: offset - value[3]!.length, options: values.map((v) => ({ label: v, type: 'enum' })) };
  }
  const key = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)?$/.exec(typed);
  if (!key) return null;
  const column = key[1]!.length;
  const schemas = schemaAt(kind, pathAt(lines, lineIndex, column));
  const options = new Map<string, Suggestion>();
  for (const s of schemas) {
    for (const [name, property] of Object.entries(s.properties ?? {})) {
      if (options.has(name)) continue;
      const about = alternatives(property)[0];
      options.set(name, { label: name, type: 'property', detail: typeName(alternatives(property)), info: describe(property, about) });
    }
  }
  return options.size ? { from: offset - (key[2]?.length ?? 0), options: [...options.values()] } : null;
}

function typeName(schemas: Schema[]): string {
  return [...new Set(schemas.map((s) => (s.enum ? 'one of the names' : Array.isArray(s.type) ? s.type.join(' | ') : s.type ?? 'value')))].join(' | ');
}

function describe(property: Schema, resolved: Schema | undefined): string {
  const parts = [property.description ?? resolved?.description ?? ''];
  const s = resolved ?? property;
  const range = [s.minimum !== undefined ? `≥ ${s.minimum}` : s.exclusiveMinimum !== undefined ? `> ${s.exclusiveMinimum}` : '', s.maximum !== undefined ? `≤ ${s.maximum}` : ''].filter(Boolean).join(', ');
  if (range) parts.push(`Allowed: ${range}.`);
  if (s.enum) parts.push(`One of: ${s.enum.join(', ')}.`);
  const fallback = property.default ?? s.default;
  if (fallback !== undefined) parts.push(`Default: ${JSON.stringify(fallback)}.`);
  return parts.filter(Boolean).join(' ');
}

/** What the key under a position means, for a hover: its path, description, bounds and default. */
export function helpAt(text: string, offset: number): { from: number; to: number; path: string; text: string } | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd);
  const m = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*:/.exec(line);
  if (!m) return null;
  const from = lineStart + m[1]!.length;
  const to = from + m[2]!.length;
  if (offset < from || offset > to) return null;
  const lines = text.split('\n');
  const lineIndex = text.slice(0, lineStart).split('\n').length - 1;
  const path = [...pathAt(lines, lineIndex, m[1]!.length), m[2]!];
  const parents = schemaAt(kindOf(text), path.slice(0, -1));
  const property = parents.map((p) => p.properties?.[m[2]!]).find((p) => p !== undefined);
  if (!property) return null;
  const about = describe(property, alternatives(property)[0]);
  return about ? { from, to, path: path.join('.').replace(/\.\[\]/g, '[]'), text: about } : null;
}
