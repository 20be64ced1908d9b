/**
 * Loading a scenario: parse → migrate → defaults → validate, then resolve the company and
 * organisation it names. Every problem is reported at once, each with its file and path.
 *
 * Owns: the loading pipeline and the `Resolver` contract (Node reads `scenarios/`, the browser
 * reads bundled presets). Never touches the file system itself.
 */
import type { z } from 'zod';
import { companySchema, type CompanyFile } from './schema-company';
import { organisationSchema, type OrganisationFile } from './schema-organisation';
import { runSchema, scenarioHeaderSchema, type RunSettings, type Scenario } from './schema-scenario';
import { checkCompany, checkOrganisation } from './cross-check';
import { fromZod, type ScenarioIssue } from './issues';
import { migrate } from './migrate';
import { parseText } from './parse';

export type Loaded<T> = { ok: true; value: T } | { ok: false; issues: ScenarioIssue[] };

/** Finds a company or organisation file by id; returns its file name and text. */
export type Resolver = (kind: 'company' | 'organisation', id: string) => { file: string; text: string } | undefined;

export type { Scenario };

function validate<T>(schema: z.ZodType<T>, data: unknown, file: string, prefix: PropertyKey[] = []): Loaded<T> {
  const result = schema.safeParse(data);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: fromZod(file, result.error, prefix) };
}

/** Migrates and validates already-parsed data of the given kind. */
function fromData<T>(data: unknown, file: string, kind: string, schema: z.ZodType<T>, prefix: PropertyKey[] = []): Loaded<T> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, issues: [{ file, path: prefix.join('.'), message: `must be a mapping describing a ${kind}` }] };
  }
  const record = data as Record<string, unknown>;
  if (record.kind !== kind) {
    return { ok: false, issues: [{ file, path: [...prefix, 'kind'].join('.'), message: `must be "${kind}" here (found ${JSON.stringify(record.kind)})` }] };
  }
  const migrated = migrate(record, file);
  if (!migrated.ok) return migrated;
  return validate(schema, migrated.data, file, prefix);
}

export function loadCompanyData(data: unknown, file: string, prefix: PropertyKey[] = []): Loaded<CompanyFile> {
  const loaded = fromData(data, file, 'company', companySchema, prefix);
  if (!loaded.ok) return loaded;
  const issues = checkCompany(loaded.value, file, prefix);
  return issues.length ? { ok: false, issues } : loaded;
}

export function loadOrganisationData(data: unknown, file: string, company: CompanyFile, prefix: PropertyKey[] = []): Loaded<OrganisationFile> {
  const loaded = fromData(data, file, 'organisation', organisationSchema, prefix);
  if (!loaded.ok) return loaded;
  const issues = checkOrganisation(loaded.value, company, file, prefix);
  return issues.length ? { ok: false, issues } : loaded;
}

function resolveText(kind: 'company' | 'organisation', id: string, resolver: Resolver, from: string, path: string): Loaded<{ file: string; data: unknown }> {
  const found = resolver(kind, id);
  if (!found) return { ok: false, issues: [{ file: from, path, message: `no ${kind} with id "${id}" was found` }] };
  const parsed = parseText(found.text, found.file);
  return parsed.ok ? { ok: true, value: { file: found.file, data: parsed.data } } : parsed;
}

export function loadCompany(text: string, file: string): Loaded<CompanyFile> {
  const parsed = parseText(text, file);
  return parsed.ok ? loadCompanyData(parsed.data, file) : parsed;
}

/** Loads an organisation and the company it names, or a given company. */
export function loadOrganisation(text: string, file: string, company: CompanyFile): Loaded<OrganisationFile> {
  const parsed = parseText(text, file);
  return parsed.ok ? loadOrganisationData(parsed.data, file, company) : parsed;
}

/**
 * Loads any runnable file: a `scenario` (company + organisation + run settings), or an
 * `organisation` that names its company. A company file alone is not runnable.
 */
export function loadScenario(text: string, file: string, resolver: Resolver, runOverrides: Partial<RunSettings> = {}): Loaded<Scenario> {
  const parsed = parseText(text, file);
  if (!parsed.ok) return parsed;
  const data = parsed.data as Record<string, unknown>;
  if (data.kind === 'company') {
    return { ok: false, issues: [{ file, path: 'kind', message: 'a company file is not runnable alone: run an organisation or a scenario that uses it (or npm run compare)' }] };
  }
  if (data.kind === 'organisation') {
    const companyId = data.company;
    if (typeof companyId !== 'string') {
      return { ok: false, issues: [{ file, path: 'company', message: 'name the company this organisation runs on (a company id), or run it through a scenario file' }] };
    }
    const companyText = resolveText('company', companyId, resolver, file, 'company');
    if (!companyText.ok) return companyText;
    const company = loadCompanyData(companyText.value.data, companyText.value.file);
    if (!company.ok) return company;
    const organisation = loadOrganisationData(data, file, company.value);
    if (!organisation.ok) return organisation;
    const run = validate(runSchema, runOverrides, file, ['run']);
    if (!run.ok) return run;
    return { ok: true, value: { name: organisation.value.name, company: company.value, organisation: organisation.value, run: run.value } };
  }
  if (data.kind !== 'scenario') {
    return { ok: false, issues: [{ file, path: 'kind', message: `must be "scenario", "organisation" or "company" (found ${JSON.stringify(data.kind)})` }] };
  }
  const migrated = migrate(data, file);
  if (!migrated.ok) return migrated;
  const header = validate(scenarioHeaderSchema, migrated.data, file);
  if (!header.ok) return header;
  const h = header.value;

  // Collect the problems of the company, the organisation and the run settings together.
  const issues: ScenarioIssue[] = [];
  const source = (kind: 'company' | 'organisation', value: string | Record<string, unknown>) =>
    typeof value === 'string'
      ? resolveText(kind, value, resolver, file, kind)
      : { ok: true as const, value: { file, data: value as unknown } };
  const companySource = source('company', h.company);
  const orgSource = source('organisation', h.organisation);
  const companyPrefix = typeof h.company === 'string' ? [] : ['company'];
  const orgPrefix = typeof h.organisation === 'string' ? [] : ['organisation'];
  const company = companySource.ok ? loadCompanyData(companySource.value.data, companySource.value.file, companyPrefix) : companySource;
  let organisation: Loaded<OrganisationFile> | undefined;
  if (!company.ok) issues.push(...company.issues);
  if (!orgSource.ok) issues.push(...orgSource.issues);
  else if (company.ok) organisation = loadOrganisationData(orgSource.value.data, orgSource.value.file, company.value, orgPrefix);
  // Names cannot be checked against a broken company, but the organisation's own shape can.
  else organisation = fromData(orgSource.value.data, orgSource.value.file, 'organisation', organisationSchema, orgPrefix);
  if (organisation && !organisation.ok) issues.push(...organisation.issues);
  const runData = h.run ?? {};
  const run: Loaded<RunSettings> =
    typeof runData === 'object' && runData !== null && !Array.isArray(runData)
      ? validate(runSchema, { ...runData, ...runOverrides }, file, ['run'])
      : { ok: false, issues: [{ file, path: 'run', message: 'must be a mapping such as {horizonDays: 14, replications: 5, seed: 1}' }] };
  if (!run.ok) issues.push(...run.issues);
  if (issues.length > 0 || !company.ok || !organisation?.ok || !run.ok) return { ok: false, issues };
  return { ok: true, value: { name: h.name ?? organisation.value.name, company: company.value, organisation: organisation.value, run: run.value } };
}
