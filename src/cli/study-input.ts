/**
 * What `size` and `sweep` study: a company (an id under scenarios/companies, or a company file)
 * with the organisations named by --orgs, or one runnable scenario file sized like any
 * organisation. Reads the options both commands share; every bad option is a UsageError naming
 * the option and the fix.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadComparison } from '../scenario/comparison';
import { describeIssues } from '../scenario/issues';
import { applyLevers, LEVERS, NEUTRAL_LEVERS, type Levers } from '../scenario/levers';
import { loadScenario, type Resolver, type Scenario } from '../scenario/load';
import { parseText } from '../scenario/parse';
import { LIMITS } from '../scenario/schema-common';
import { checkTargets, readTargets } from '../study/target';
import { readShard, type Shard } from '../study/shard';
import { intFlag, UsageError, type ParsedArgs } from './args';
import { displayName, fileResolver, readScenarioFile, SCENARIOS_DIR } from './files';

/** The five organisations the app compares first: the funnel, its cosmetic-CM variant and three placements of CM. */
export const DEFAULT_ORGANISATIONS = ['funnel', 'cosmetic-cm', 'coordinator', 'multi-team', 'expert-community'];
export const STUDY_OPTIONS = ['orgs', 'seed', 'days', 'hours', 'baseline', 'target', 'out', 'threads', 'shard'];

export interface StudyInput {
  company: string;
  currency: string;
  organisations: string[];
  scenarios: Scenario[];
  seed: number;
  horizonDays: number;
  hours: Levers['hours'];
  baseline: string;
  target: string;
  out?: string;
  threads?: number;
  shard?: Shard;
}

function allOrganisationIds(): string[] {
  return readdirSync(join(SCENARIOS_DIR, 'organisations')).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => f.replace(/\.(ya?ml|json)$/, '')).sort();
}

/** Reads the shared options and loads the scenarios; throws UsageError with the fix. */
export function readStudyInput(args: ParsedArgs, defaultTarget: string): StudyInput {
  if (args.positional.length !== 1) throw new UsageError('name exactly one company id (e.g. sme) or one scenario file');
  const out = args.flags.get('out');
  if (out !== undefined && !/\.(json|csv)$/i.test(out)) throw new UsageError('--out must end in .json or .csv');
  const seed = intFlag(args, 'seed', 0, 2 ** 32 - 1);
  const days = intFlag(args, 'days', 1, LIMITS.horizonDays);
  const threads = intFlag(args, 'threads', 1, 64);
  const hoursText = args.flags.get('hours') ?? 'preset';
  const hours = LEVERS.hours.read(hoursText);
  if (hours === undefined) throw new UsageError(`--hours must be ${LEVERS.hours.expects} (got "${hoursText.slice(0, 20)}")`);
  const target = args.flags.get('target') ?? defaultTarget;
  const read = readTargets(target);
  if (read.problems.length) throw new UsageError(`--target: ${read.problems.join('; ')}`);
  let shard: Shard | undefined;
  if (args.flags.has('shard')) {
    const s = readShard(args.flags.get('shard')!);
    if (typeof s === 'string') throw new UsageError(s);
    shard = s;
    if (!out || !/\.json$/i.test(out)) throw new UsageError('--shard writes its part as JSON for npm run merge: add --out part-k.json');
  }
  const levers: Levers = { ...NEUTRAL_LEVERS, hours };
  const run: Record<string, number> = {};
  if (seed !== undefined) run.seed = seed;
  if (days !== undefined) run.horizonDays = days;

  const arg = args.positional[0]!;
  let scenarios: Scenario[];
  if (/\.(ya?ml|json)$/i.test(arg) && readKind(arg) !== 'company') {
    if (args.flags.has('orgs')) throw new UsageError('--orgs applies to a company; a scenario file holds its one organisation');
    const loaded = loadScenario(readScenarioFile(arg), displayName(arg), fileResolver, run);
    if (!loaded.ok) throw new UsageError(`${displayName(arg)} is not a valid scenario:\n${describeIssues(loaded.issues)}`);
    scenarios = [applyLevers(loaded.value, levers)];
  } else {
    const source = /\.(ya?ml|json)$/i.test(arg) ? { file: displayName(arg), text: readScenarioFile(arg) } : fileResolver('company', arg);
    if (!source) throw new UsageError(`no company "${arg.slice(0, 40)}" in scenarios/companies/ (give an id there, or a file path)`);
    const ids = [...new Set(args.flags.get('orgs')?.split(',').map((s) => s.trim()).filter(Boolean) ?? DEFAULT_ORGANISATIONS)];
    const unknown = ids.filter((id) => !fileResolver('organisation', id));
    if (unknown.length) throw new UsageError(`--orgs: no organisation ${unknown.map((u) => `"${u.slice(0, 40)}"`).join(', ')} in scenarios/organisations/; known: ${allOrganisationIds().join(', ')}`);
    const companyId = readCompanyId(source.text, source.file);
    const resolver: Resolver = (kind, id) => (kind === 'company' ? source : fileResolver(kind, id));
    const loaded = loadComparison(companyId, ids, resolver, run, levers);
    if (!loaded.ok) throw new UsageError(describeIssues(loaded.issues));
    scenarios = loaded.value;
  }
  const first = scenarios[0]!;
  const organisations = scenarios.map((s) => s.organisation.id);
  const baseline = args.flags.get('baseline') ?? (organisations.includes('funnel') ? 'funnel' : organisations[0]!);
  if (!organisations.includes(baseline)) throw new UsageError(`--baseline "${baseline.slice(0, 40)}" is not among the organisations studied (${organisations.join(', ')})`);
  const problems = checkTargets(read.targets, first);
  if (problems.length) throw new UsageError(`--target: ${problems.join('; ')}`);
  return {
    company: first.company.id,
    currency: first.company.currency,
    organisations,
    scenarios,
    seed: first.run.seed,
    horizonDays: first.run.horizonDays,
    hours,
    baseline,
    target,
    out,
    threads,
    shard,
  };
}

function readKind(path: string): unknown {
  const parsed = parseText(readScenarioFile(path), displayName(path));
  return parsed.ok && parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>).kind : undefined;
}

function readCompanyId(text: string, file: string): string {
  const parsed = parseText(text, file);
  const id = parsed.ok && parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>).id : undefined;
  if (typeof id !== 'string') throw new UsageError(`${file} is not a company file with an id`);
  return id;
}

/** Writes a study's JSON, or its CSV rows, to --out. */
export function writeOut(path: string, json: unknown, csv: () => string): void {
  writeFileSync(path, /\.csv$/i.test(path) ? csv() : JSON.stringify(json, null, 2) + '\n');
}
