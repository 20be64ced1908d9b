/**
 * Loading a comparison: one company and several organisations, each run with the same settings,
 * so every organisation sees the same first contacts. Shared by `npm run compare` and the app,
 * which is why they show the same numbers.
 */
import type { ScenarioIssue } from './issues';
import { loadCompany, loadOrganisation, type Loaded, type Resolver, type Scenario } from './load';
import { runSchema, type RunSettings } from './schema-scenario';
import { applyLevers, NEUTRAL_LEVERS, type Levers } from './levers';

/**
 * Loaded files by text: parsing the YAML is most of a comparison's start (~30 ms for five
 * organisations, more than a replication), and the app loads the same presets on every lever
 * move. The values are shared, so they are frozen: code that changed one in place would throw
 * (applyLevers works on a copy).
 */
const loadedFiles = new Map<string, Loaded<unknown>>();
const KEPT_FILES = 64;

function remembered<T>(key: string, load: () => Loaded<T>): Loaded<T> {
  const known = loadedFiles.get(key);
  if (known) return known as Loaded<T>;
  const loaded = deepFreeze(load());
  if (loadedFiles.size >= KEPT_FILES) loadedFiles.delete(loadedFiles.keys().next().value!);
  loadedFiles.set(key, loaded);
  return loaded;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function loadComparison(
  companyId: string,
  organisationIds: readonly string[],
  resolver: Resolver,
  run: Partial<RunSettings> = {},
  levers: Levers = NEUTRAL_LEVERS,
): Loaded<Scenario[]> {
  const companySource = resolver('company', companyId);
  if (!companySource) return { ok: false, issues: [{ file: 'comparison', path: 'company', message: `no company with id "${companyId}"` }] };
  const companyKey = `${companySource.file}\0${companySource.text}`;
  const company = remembered(companyKey, () => loadCompany(companySource.text, companySource.file));
  if (!company.ok) return company;
  const settings = runSchema.safeParse(run);
  if (!settings.success) return { ok: false, issues: [{ file: 'comparison', path: 'run', message: settings.error.issues.map((i) => i.message).join('; ') }] };
  const issues: ScenarioIssue[] = [];
  const scenarios: Scenario[] = [];
  for (const id of organisationIds) {
    const source = resolver('organisation', id);
    if (!source) { issues.push({ file: 'comparison', path: 'organisations', message: `no organisation with id "${id}"` }); continue; }
    const organisation = remembered(`${companyKey}\0${source.file}\0${source.text}`, () => loadOrganisation(source.text, source.file, company.value));
    if (!organisation.ok) issues.push(...organisation.issues);
    else scenarios.push(applyLevers({ name: organisation.value.name, company: company.value, organisation: organisation.value, run: settings.data }, levers));
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: scenarios };
}
