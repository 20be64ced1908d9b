/**
 * What `size` and `sweep` study: a company (an id under scenarios/companies, or a company file)
 * with the organisations named by --orgs, or one runnable scenario file sized like any
 * organisation. Reads the options both commands share; every bad option is an InputError naming
 * the option and the fix.
 */
import { loadComparison } from '../scenario/comparison';
import { describeIssues } from '../scenario/issues';
import { applyLevers, LEVERS, NEUTRAL_LEVERS, type Levers } from '../scenario/levers';
import { loadScenario, type Resolver, type Scenario } from '../scenario/load';
import { LIMITS } from '../scenario/limits';
import { parseText } from '../scenario/parse';
import { checkTargets, readTargets } from '../study/target';
import { readShard, type Shard } from '../study/shard';
import { InputError, UsageError, wholeNumberOption, type OptionName } from './args';
import { checkOutput, displayName, fileResolver, organisationArgument, readCompanyArgument, readScenarioFile } from './files';

/** The five organisations the app compares first: the funnel, its cosmetic-CM variant and three placements of CM. */
export const DEFAULT_ORGANISATIONS = ['funnel', 'cosmetic-cm', 'coordinator', 'multi-team', 'expert-community'];
export const STUDY_OPTIONS = ['orgs', 'seed', 'days', 'hours', 'baseline', 'target', 'out', 'threads', 'shard'] as const satisfies readonly OptionName[];
export const STUDY_NOTES = {
  orgs: `for a company (default ${DEFAULT_ORGANISATIONS.join(',')})`,
  seed: `a whole number from 0 to ${LIMITS.seed} (default 1)`,
  days: `1 to ${LIMITS.horizonDays} (default: the file's, 14 for the companies)`,
  target: 'default sla:0.8',
  threads: '1 to 64',
} as const;
export const STUDY_POSITIONAL = { name: 'company-or-scenario', help: 'a company id in scenarios/companies/ (e.g. sme), a company file, or a scenario file (its one organisation is studied)' };

type StudyValues = { [K in (typeof STUDY_OPTIONS)[number]]?: string };

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

/** Reads the shared options and loads the scenarios. */
export function readStudyInput(arg: string, values: StudyValues): StudyInput {
  const seed = wholeNumberOption(values.seed, 'seed', 0, LIMITS.seed);
  const days = wholeNumberOption(values.days, 'days', 1, LIMITS.horizonDays);
  const threads = wholeNumberOption(values.threads, 'threads', 1, 64);
  const hours = LEVERS.hours.read(values.hours ?? 'preset');
  if (hours === undefined) throw new UsageError(`--hours must be ${LEVERS.hours.expects} (got "${values.hours!.slice(0, 20)}")`);
  const target = values.target ?? 'sla:0.8';
  const read = readTargets(target);
  if (read.problems.length) throw new UsageError(`--target: ${read.problems.join('; ')}`);
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    const s = readShard(values.shard);
    if (typeof s === 'string') throw new UsageError(s);
    shard = s;
    if (!values.out || !/\.json$/i.test(values.out)) throw new UsageError('--shard writes its part as JSON for npm run merge: add --out part-k.json');
  }
  if (values.out !== undefined) checkOutput(values.out);
  const levers: Levers = { ...NEUTRAL_LEVERS, hours };
  const run: Record<string, number> = {};
  if (seed !== undefined) run.seed = seed;
  if (days !== undefined) run.horizonDays = days;

  let scenarios: Scenario[];
  const file = /\.(ya?ml|json)$/i.test(arg) ? { file: displayName(arg), text: readScenarioFile(arg) } : undefined;
  if (file && kindOf(file) !== 'company') {
    if (values.orgs !== undefined) throw new UsageError('--orgs applies to a company; a scenario file holds its one organisation');
    const loaded = loadScenario(file.text, file.file, fileResolver, run);
    if (!loaded.ok) throw new InputError(`${file.file} is not a valid scenario:\n${describeIssues(loaded.issues)}`);
    scenarios = [applyLevers(loaded.value, levers)];
  } else {
    const source = file ?? readCompanyArgument(arg);
    const { ids, files } = organisationArgument(values.orgs ?? DEFAULT_ORGANISATIONS.join(','));
    const parsed = parseText(source.text, source.file);
    const companyId = parsed.ok ? (parsed.data as { id?: unknown } | null)?.id : undefined;
    if (typeof companyId !== 'string') throw new InputError(`${source.file} is not a company file with an id`);
    const resolver: Resolver = (kind, id) => (kind === 'company' ? source : files.get(id) ?? fileResolver(kind, id));
    const loaded = loadComparison(companyId, ids, resolver, run, levers);
    if (!loaded.ok) throw new InputError(describeIssues(loaded.issues));
    scenarios = loaded.value;
  }
  const first = scenarios[0]!;
  const organisations = scenarios.map((s) => s.organisation.id);
  const baseline = values.baseline ?? (organisations.includes('funnel') ? 'funnel' : organisations[0]!);
  if (!organisations.includes(baseline)) throw new UsageError(`--baseline "${baseline.slice(0, 40)}" is not among the organisations studied (${organisations.join(', ')})`);
  const problems = checkTargets(read.targets, first);
  if (problems.length) throw new UsageError(`--target: ${problems.join('; ')}`);
  return {
    company: first.company.id, currency: first.company.currency, organisations, scenarios, seed: first.run.seed, horizonDays: first.run.horizonDays,
    hours, baseline, target, ...(values.out === undefined ? {} : { out: values.out }), ...(threads === undefined ? {} : { threads }), ...(shard ? { shard } : {}),
  };
}

function kindOf(file: { file: string; text: string }): unknown {
  const parsed = parseText(file.text, file.file);
  return parsed.ok && parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>).kind : undefined;
}
