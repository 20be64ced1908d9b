/**
 * Companies and organisations written by the user (drafts), checked with the same loader and the
 * same messages as the command line, and resolved beside the shipped presets.
 *
 * Owns: what makes a draft runnable (valid, with an id of its own), the resolver that puts drafts
 * before presets, and the scenario file a comparison column is exported as. Pure: no browser, no
 * store.
 */
import { stringify } from 'yaml';
import type { ScenarioIssue } from './issues';
import { loadCompany, loadCompanyData, loadOrganisationData, type Resolver, type Scenario } from './load';
import { parseText } from './parse';
import type { CompanyFile } from './schema-company';

export type DraftKind = 'company' | 'organisation';

/** A draft as the worker and the resolver see it: its kind, the id its text declares, its text. */
export interface DraftFile {
  kind: DraftKind;
  id: string;
  /** The name shown in messages, e.g. "my-bank.yaml". */
  file: string;
  text: string;
}

/** Finds drafts first, then whatever `fallback` finds (the presets, or scenarios/ in Node). */
export function withDrafts(drafts: readonly DraftFile[], fallback: Resolver): Resolver {
  return (kind, id) => {
    const draft = drafts.find((d) => d.kind === kind && d.id === id);
    return draft ? { file: draft.file, text: draft.text } : fallback(kind, id);
  };
}

export interface DraftCheck {
  /** The id the text declares, when it declares one that could be read. */
  id: string | null;
  /** Every problem, with its path: empty when the draft can run. */
  issues: ScenarioIssue[];
}

const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/**
 * The id a text declares at its top level, without validating the rest ('' if none can be read):
 * a YAML line `id: …`, or a JSON object's "id".
 */
export function declaredId(text: string): string {
  if (/^\s*\{/.test(text)) {
    try {
      const id = (JSON.parse(text) as { id?: unknown }).id;
      return typeof id === 'string' && ID.test(id) ? id : '';
    } catch {
      return '';
    }
  }
  const match = /^id:[ \t]*["']?([a-z0-9][a-z0-9_-]{0,63})["']?[ \t]*(#.*)?$/m.exec(text);
  return match?.[1] ?? '';
}

/**
 * Checks a draft as the CLI would load it: a company alone; an organisation on the company it
 * will be compared on (`companyId`, a draft or a preset). `taken` lists the ids of the same kind
 * already used by presets and by other drafts: a draft needs its own, or it would hide them.
 */
export function checkDraft(kind: DraftKind, text: string, file: string, resolver: Resolver, companyId: string, taken: ReadonlySet<string>): DraftCheck {
  const parsed = parseText(text, file);
  if (!parsed.ok) return { id: null, issues: parsed.issues };
  const data = parsed.data as Record<string, unknown>;
  const id = typeof data.id === 'string' ? data.id : null;
  if (data.kind !== kind) {
    return { id, issues: [{ file, path: 'kind', message: `must be "${kind}" in this draft (found ${JSON.stringify(data.kind ?? null)}): import a ${String(data.kind)} file as a new draft instead` }] };
  }
  const issues: ScenarioIssue[] = [];
  if (id !== null && taken.has(id)) {
    issues.push({ file, path: 'id', message: `"${id}" is already the id of another ${kind} (a preset or a draft): give this one its own, e.g. "${id}-2"` });
  }
  if (kind === 'company') {
    const loaded = loadCompanyData(data, file);
    if (!loaded.ok) issues.push(...loaded.issues);
    return { id, issues };
  }
  const company = companyOf(companyId, resolver, file);
  if (!company.ok) return { id, issues: [...issues, ...company.issues] };
  const loaded = loadOrganisationData(data, file, company.value);
  if (!loaded.ok) issues.push(...loaded.issues);
  return { id, issues };
}

function companyOf(companyId: string, resolver: Resolver, file: string): { ok: true; value: CompanyFile } | { ok: false; issues: ScenarioIssue[] } {
  const source = resolver('company', companyId);
  if (!source) return { ok: false, issues: [{ file, path: '', message: `the company "${companyId}" it is checked against was not found: pick a company` }] };
  const loaded = loadCompany(source.text, source.file);
  if (loaded.ok) return loaded;
  return { ok: false, issues: [{ file, path: '', message: `the company "${companyId}" it runs on is not valid (${source.file}): fix the company first` }] };
}

/**
 * One compared organisation as a self-contained scenario file: the company and the organisation
 * exactly as run (defaults written out, levers applied) and the run settings. `npm run simulate`
 * on it prints the figures the app shows for that column.
 */
export function scenarioFileText(scenario: Scenario, format: 'yaml' | 'json'): string {
  const data = { version: 1, kind: 'scenario', name: scenario.name, company: scenario.company, organisation: scenario.organisation, run: scenario.run };
  return format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : stringify(data, { aliasDuplicateObjects: false, lineWidth: 0 });
}
