/**
 * Loads a company and an organisation from scenarios/ by id, as the compare command does, so a
 * test can change one lever and compare with the preset on the same company and seed.
 */
import { fileResolver } from '../../src/cli/files';
import { loadCompany, loadOrganisation, type Scenario } from '../../src/scenario/load';
import { runSchema, type RunSettings } from '../../src/scenario/schema-scenario';
import { runScenario } from '../../src/metrics/run-scenario';

export function preset(companyId: string, organisationId: string, run: Partial<RunSettings> = {}): Scenario {
  const companySource = fileResolver('company', companyId)!;
  const company = loadCompany(companySource.text, companySource.file);
  if (!company.ok) throw new Error(JSON.stringify(company.issues));
  const orgSource = fileResolver('organisation', organisationId)!;
  const organisation = loadOrganisation(orgSource.text, orgSource.file, company.value);
  if (!organisation.ok) throw new Error(JSON.stringify(organisation.issues));
  return structuredClone({ name: organisation.value.name, company: company.value, organisation: organisation.value, run: runSchema.parse({ horizonDays: 7, replications: 3, ...run }) });
}

/** Mean of one figure over the scenario's replications. */
export function figure(scenario: Scenario, key: string): number {
  const e = runScenario(scenario).summary.metrics[key];
  if (!e) throw new Error(`no figure ${key}`);
  return e.mean;
}
