/**
 * Loading a comparison: one company and several organisations, each run with the same settings,
 * so every organisation sees the same first contacts. Shared by `npm run compare` and the app,
 * which is why they show the same numbers.
 */
import type { ScenarioIssue } from './issues';
import { loadCompany, loadOrganisation, type Loaded, type Resolver, type Scenario } from './load';
import { runSchema, type RunSettings } from './schema-scenario';
import { applyLevers, NEUTRAL_LEVERS, type Levers } from './levers';

export function loadComparison(
  companyId: string,
  organisationIds: readonly string[],
  resolver: Resolver,
  run: Partial<RunSettings> = {},
  levers: Levers = NEUTRAL_LEVERS,
): Loaded<Scenario[]> {
  const companySource = resolver('company', companyId);
  if (!companySource) return { ok: false, issues: [{ file: 'comparison', path: 'company', message: `no company with id "${companyId}"` }] };
  const company = loadCompany(companySource.text, companySource.file);
  if (!company.ok) return company;
  const settings = runSchema.safeParse(run);
  if (!settings.success) return { ok: false, issues: [{ file: 'comparison', path: 'run', message: settings.error.issues.map((i) => i.message).join('; ') }] };
  const issues: ScenarioIssue[] = [];
  const scenarios: Scenario[] = [];
  for (const id of organisationIds) {
    const source = resolver('organisation', id);
    if (!source) { issues.push({ file: 'comparison', path: 'organisations', message: `no organisation with id "${id}"` }); continue; }
    const organisation = loadOrganisation(source.text, source.file, company.value);
    if (!organisation.ok) issues.push(...organisation.issues);
    else scenarios.push(applyLevers({ name: organisation.value.name, company: company.value, organisation: organisation.value, run: settings.data }, levers));
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: scenarios };
}
