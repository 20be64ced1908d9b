/**
 * What a user sees when a scenario file is wrong: each test is a claim about one mistake and the
 * issue it must produce (which file, which path, what the message says to do).
 *
 * Files are built from scenarios/mmc-erlang.yaml (a valid self-contained scenario) with one or
 * more deliberate mistakes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DISTRIBUTION_NAMES } from '../src/engine/distributions';
import type { ScenarioIssue } from '../src/scenario/issues';
import { loadScenario, type Loaded, type Resolver, type Scenario } from '../src/scenario/load';
import { CURRENT_VERSION } from '../src/scenario/migrate';
import { LIMITS } from '../src/scenario/limits';

const FILE = 'test.yaml';
const MMC_TEXT = readFileSync(new URL('../scenarios/mmc-erlang.yaml', import.meta.url), 'utf8');

/** Resolves nothing: every scenario here writes its company and organisation inline. */
const noFiles: Resolver = () => undefined;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

/** A fresh, mutable copy of the valid mmc-erlang scenario. */
function mmc(): Data {
  return parse(MMC_TEXT) as Data;
}

function load(input: string | Data, resolver: Resolver = noFiles): Loaded<Scenario> {
  return loadScenario(typeof input === 'string' ? input : stringify(input), FILE, resolver);
}

/** The issues of a load that must have failed. */
function issuesOf(result: Loaded<Scenario>): ScenarioIssue[] {
  if (result.ok) throw new Error('expected the scenario to be rejected, but it loaded');
  expect(result.issues.length).toBeGreaterThan(0);
  return result.issues;
}

/** The one issue at `path` (fails listing all issues when there is none). */
function issueAt(result: Loaded<Scenario>, path: string): ScenarioIssue {
  const issues = issuesOf(result);
  const found = issues.find((i) => i.path === path);
  if (!found) throw new Error(`no issue at "${path}"; issues:\n${JSON.stringify(issues, null, 2)}`);
  return found;
}

describe('the valid example', () => {
  it('loads scenarios/mmc-erlang.yaml without issues', () => {
    const result = load(MMC_TEXT);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

describe('the file as a whole', () => {
  it('reports an empty file and says how a scenario starts', () => {
    for (const text of ['', '   \n\n\t\n']) {
      const [issue, ...rest] = issuesOf(load(text));
      expect(rest).toEqual([]);
      expect(issue!.file).toBe(FILE);
      expect(issue!.path).toBe('');
      expect(issue!.message).toMatch(/empty/);
      expect(issue!.message).toContain('version: 1');
    }
  });

  it('reports invalid YAML with the line and column of the mistake', () => {
    const text = 'version: 1\nkind: scenario\ncompany: [unclosed\n';
    const issues = issuesOf(load(text));
    for (const issue of issues) {
      expect(issue.path).toMatch(/^line \d+, column \d+$/);
      expect(issue.message).toMatch(/^not valid YAML or JSON: /);
    }
  });

  it('points a duplicate key at its own line and column', () => {
    const issue = issueAt(load('version: 1\nkind: scenario\nversion: 2\n'), 'line 3, column 1');
    expect(issue.message).toMatch(/unique/);
  });

  it('reports tab indentation on the line it occurs', () => {
    const issue = issueAt(load('version: 1\n\tkind: scenario\n'), 'line 2, column 1');
    expect(issue.message).toMatch(/^not valid YAML or JSON: .*[Tt]ab/);
  });

  it('says the file must hold a mapping when it holds a list, a scalar or null', () => {
    for (const text of ['- 1\n- 2\n', '[1, 2]', '42', '"just a string"', 'null', '~', 'true']) {
      const [issue, ...rest] = issuesOf(load(text));
      expect(rest).toEqual([]);
      expect(issue!.path).toBe('');
      expect(issue!.message).toMatch(/must hold a mapping/);
    }
  });

  it('rejects a file over the size limit before parsing it, naming the limit', () => {
    const text = `version: 1\nkind: scenario\n# ${'x'.repeat(LIMITS.fileBytes)}\n`;
    const started = performance.now();
    const [issue, ...rest] = issuesOf(load(text));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(rest).toEqual([]);
    expect(issue!.path).toBe('');
    expect(issue!.message).toMatch(/limit is 1000 kB/);
  });

  it('accepts a file just under the size limit (the limit is not off by a lot)', () => {
    const body = stringify(mmc());
    const text = `${body}# ${'x'.repeat(LIMITS.fileBytes - body.length - 10)}\n`;
    expect(text.length).toBeLessThanOrEqual(LIMITS.fileBytes);
    expect(load(text).ok).toBe(true);
  });

  it('rejects a "billion laughs" alias bomb quickly instead of expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const text = `version: 1\nkind: scenario\n${levels.join('\n')}\n`;
    const started = performance.now();
    const issues = issuesOf(load(text));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(issues.map((i) => i.message).join('\n')).toMatch(/alias/i);
  });

  it('rejects a doubling alias chain that stays under the alias-count limit per level', () => {
    // 40 levels of two aliases each: few alias nodes, but 2^40 leaves once expanded.
    let text = 'version: 1\nkind: scenario\nx0: &x0 [lol, lol]\n';
    for (let i = 1; i < 40; i++) text += `x${i}: &x${i} [*x${i - 1}, *x${i - 1}]\n`;
    const started = performance.now();
    const issues = issuesOf(load(text));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(issues.map((i) => i.message).join('\n')).toMatch(/alias/i);
  });

  it('treats a __proto__ key as an unknown key and never pollutes Object.prototype', () => {
    const data = mmc();
    const text = `${stringify(data)}__proto__: { polluted: true }\n`;
    const issue = issueAt(load(text), '__proto__');
    expect(issue.message).toMatch(/unknown key/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('version and kind', () => {
  it('reports a missing version and says what to write', () => {
    const data = mmc();
    delete data.version;
    const issue = issueAt(load(data), 'version');
    expect(issue.message).toMatch(/required/);
    expect(issue.message).toContain(`version: ${CURRENT_VERSION}`);
  });

  it('refuses a version newer than this build and says to update the simulator', () => {
    const data = mmc();
    data.version = CURRENT_VERSION + 1;
    const issue = issueAt(load(data), 'version');
    expect(issue.message).toMatch(/newer/);
    expect(issue.message).toMatch(/update/);
  });

  it('refuses a version that is not a whole number of at least 1', () => {
    for (const version of [0, -1, 1.5, '1', null]) {
      const data = mmc();
      data.version = version;
      const issue = issueAt(load(data), 'version');
      expect(issue.message).toMatch(/whole number/);
    }
  });

  it('reports a wrong kind at the top level with the kinds it accepts', () => {
    const data = mmc();
    data.kind = 'scenari';
    const issue = issueAt(load(data), 'kind');
    expect(issue.message).toContain('"scenari"');
    for (const kind of ['scenario', 'organisation', 'company']) expect(issue.message).toContain(`"${kind}"`);
  });

  it('reports a missing kind at the top level', () => {
    const data = mmc();
    delete data.kind;
    expect(issueAt(load(data), 'kind').message).toMatch(/must be/);
  });

  it('reports a wrong kind inside an inline company or organisation at its own path', () => {
    const company = mmc();
    company.company.kind = 'organisation';
    expect(issueAt(load(company), 'company.kind').message).toMatch(/must be "company"/);

    const organisation = mmc();
    organisation.organisation.kind = 'company';
    expect(issueAt(load(organisation), 'organisation.kind').message).toMatch(/must be "organisation"/);
  });

  it('says a missing company is required and what it may be', () => {
    const data = mmc();
    delete data.company;
    expect(issueAt(load(data), 'company').message).toMatch(/required/);
  });

  it('says a company file is not runnable alone', () => {
    const issue = issueAt(load(stringify(mmc().company)), 'kind');
    expect(issue.message).toMatch(/not runnable/);
  });
});

describe('unknown keys', () => {
  it('reports an unknown key at the top level with its path and says to remove it', () => {
    const data = mmc();
    data.colour = 'blue';
    const issue = issueAt(load(data), 'colour');
    expect(issue.message).toContain('unknown key "colour"');
    expect(issue.message).toMatch(/remove it/);
  });

  it('reports a misspelt nested key with its exact path, units[0].headcont', () => {
    const data = mmc();
    data.organisation.units[0].headcont = 5;
    const issue = issueAt(load(data), 'organisation.units[0].headcont');
    expect(issue.message).toContain('unknown key "headcont"');
    expect(issue.message).toMatch(/remove it or check its spelling/);
  });

  it('takes a short chart label for a unit, and says where the long name goes when it is too long', () => {
    const data = mmc();
    data.organisation.units[0].label = { en: 'agents', fr: 'conseillers' };
    expect(load(data).ok).toBe(true);
    data.organisation.units[0].label = { en: 'agents', fr: 'les conseillers de la ligne téléphonique' };
    const issue = issueAt(load(data), 'organisation.units[0].label.fr');
    expect(issue.message).toMatch(/at most 24 characters; the full name goes in "name"/);
  });

  it('reports an unknown key in a standalone organisation file as units[0].headcont', () => {
    const resolver = filesResolver();
    const organisation = parse(resolver('organisation', 'mmc-agents')!.text) as Data;
    organisation.units[0].headcont = 5;
    const issue = issueAt(load(stringify(organisation), resolver), 'units[0].headcont');
    expect(issue.file).toBe(FILE);
  });

  it('reports unknown keys in the company and in the run settings', () => {
    const data = mmc();
    data.company.channels[0].colour = 'red';
    expect(issueAt(load(data), 'company.channels[0].colour').message).toMatch(/unknown key/);

    const run = mmc();
    run.run.horizon = 3;
    expect(issueAt(load(run), 'run.horizon').message).toMatch(/unknown key "horizon"/);
  });
});

describe('values out of range', () => {
  it('reports a negative headcount at organisation.units[0].headcount', () => {
    const data = mmc();
    data.organisation.units[0].headcount = -3;
    const issue = issueAt(load(data), 'organisation.units[0].headcount');
    expect(issue.message).toMatch(/0/);
  });

  it('reports a probability above 1 and a non-number where a number is expected', () => {
    const data = mmc();
    data.organisation.units[0].autonomy = 1.5;
    expect(issueAt(load(data), 'organisation.units[0].autonomy').message).toMatch(/between 0 and 1/);

    const size = mmc();
    size.company.publics[0].size = 'many';
    expect(issueAt(load(size), 'company.publics[0].size').message).toMatch(/must be a number/);
  });

  it('reports warmupDays not below horizonDays at run.warmupDays', () => {
    const data = mmc();
    data.run = { horizonDays: 3, warmupDays: 3 };
    expect(issueAt(load(data), 'run.warmupDays').message).toMatch(/less than horizonDays/);
  });

  it('lists the allowed distribution names when a distribution is unknown', () => {
    const data = mmc();
    data.organisation.units[0].handling = { dist: 'poisson', mean: 4 };
    const issue = issueAt(load(data), 'organisation.units[0].handling.dist');
    for (const name of DISTRIBUTION_NAMES) expect(issue.message).toContain(name);
    expect(issue.message).toMatch(/plain number/);
  });

  it('lists the allowed channel kinds when a channel kind is unknown', () => {
    const data = mmc();
    data.company.channels[0].kind = 'fax';
    const issue = issueAt(load(data), 'company.channels[0].kind');
    for (const kind of ['phone', 'email', 'social_public', 'forum']) expect(issue.message).toContain(kind);
  });

  it('accepts a plain number of minutes as a deterministic distribution', () => {
    const data = mmc();
    data.organisation.units[0].handling = 4;
    const result = load(data);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.organisation.units[0]!.handling).toEqual({ dist: 'deterministic', value: 4 });
  });
});

describe('references between names', () => {
  /** mmc with a second unit, so referrals have somewhere to go. */
  function twoUnits(): Data {
    const data = mmc();
    data.organisation.units.push({ id: 'experts', function: 'support', role: 'back', headcount: 2 });
    return data;
  }

  it('names the known units when an entry points at an unknown unit', () => {
    const data = mmc();
    data.organisation.routing.entry.phone = 'agentz';
    const issue = issuesOf(load(data)).find((i) => i.path.endsWith('routing.entry.phone'));
    expect(issue?.message).toBe('unknown unit "agentz"; known units: agents');
  });

  it('names the known channels when an entry is for an unknown channel', () => {
    const data = mmc();
    data.organisation.routing.entry.fax = 'agents';
    const issue = issuesOf(load(data)).find((i) => i.path.endsWith('routing.entry.fax'));
    expect(issue?.message).toBe('unknown channel "fax"; known channels: phone (or a channel kind: phone, email, social_public, social_private, forum, direct)');
  });

  it('names the known topics when a topic-based entry uses an unknown topic', () => {
    const data = mmc();
    data.organisation.routing.entry.phone = { topics: { billing: 'agents' }, otherwise: 'agents' };
    const issue = issuesOf(load(data)).find((i) => i.path.endsWith('routing.entry.phone.topics.billing'));
    expect(issue?.message).toBe('unknown topic "billing"; known topics: general');
  });

  it('names the known units and topics when a referral uses unknown ones', () => {
    const data = twoUnits();
    data.organisation.routing.referrals = [{ from: 'agents', to: 'expertz', topics: ['billing'] }];
    const issues = issuesOf(load(data));
    const to = issues.find((i) => i.path.endsWith('routing.referrals[0].to'));
    expect(to?.message).toBe('unknown unit "expertz"; known units: agents, experts');
    const topic = issues.find((i) => i.path.endsWith('routing.referrals[0].topics[0]'));
    expect(topic?.message).toBe('unknown topic "billing"; known topics: general');
  });

  it('refuses a unit referring to itself', () => {
    const data = twoUnits();
    data.organisation.routing.referrals = [{ from: 'agents', to: 'agents' }];
    const issue = issuesOf(load(data)).find((i) => i.path.endsWith('routing.referrals[0].to'));
    expect(issue?.message).toMatch(/cannot refer to itself/);
  });

  it('says to write null when a channel has no entry, and accepts null as unmonitored', () => {
    const data = mmc();
    data.organisation.routing.entry = {};
    const issue = issuesOf(load(data)).find((i) => i.path.endsWith('routing.entry.phone'));
    expect(issue?.message).toMatch(/channel "phone" has no entry/);
    expect(issue?.message).toMatch(/write null/);

    data.organisation.routing.entry = { phone: null };
    expect(load(data).ok).toBe(true);
  });

  it('names the known channels when a public uses an unknown channel', () => {
    const data = mmc();
    data.company.publics[0].channels = { fone: 1 };
    const issue = issuesOf(load(data)).find((i) => i.path.endsWith('publics[0].channels.fone'));
    expect(issue?.message).toBe('unknown channel "fone"; known channels: phone');
  });

  it('reports cross-reference issues of an inline organisation under organisation.', () => {
    const data = mmc();
    data.organisation.routing.entry.phone = 'agentz';
    expect(issueAt(load(data), 'organisation.routing.entry.phone').message).toMatch(/unknown unit/);
  });

  it('reports cross-reference issues of an inline company under company.', () => {
    const data = mmc();
    data.company.publics[0].channels = { fone: 1 };
    expect(issueAt(load(data), 'company.publics[0].channels.fone').message).toMatch(/unknown channel/);
  });
});

describe('every problem at once', () => {
  it('reports three independent mistakes in the organisation and run as three issues', () => {
    const data = mmc();
    data.organisation.units[0].headcount = -1;
    data.organisation.units[0].hedcount = 1;
    data.run.replications = 0;
    const issues = issuesOf(load(data));
    expect(issues.length).toBeGreaterThanOrEqual(3);
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['organisation.units[0].headcount', 'organisation.units[0].hedcount', 'run.replications']),
    );
  });

  it('reports three independent mistakes in the company as three issues', () => {
    const data = mmc();
    data.company.channels[0].kind = 'fax';
    data.company.publics[0].size = -1;
    data.company.colour = 'red';
    const issues = issuesOf(load(data));
    expect(issues.length).toBeGreaterThanOrEqual(3);
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['company.channels[0].kind', 'company.publics[0].size', 'company.colour']),
    );
  });

  it('reports several broken references of one organisation together', () => {
    const data = mmc();
    data.organisation.routing.entry = { fax: 'nobody' };
    data.organisation.units[0].function = 'sales';
    const issues = issuesOf(load(data));
    // phone has no entry, fax is unknown, nobody is unknown, sales is unknown
    expect(issues.length).toBeGreaterThanOrEqual(4);
  });

  it('reports mistakes in company, organisation and run together', () => {
    const data = mmc();
    data.company.publics[0].size = -1;
    data.organisation.units[0].headcount = -1;
    data.run.replications = 0;
    const paths = issuesOf(load(data)).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['company.publics[0].size', 'organisation.units[0].headcount', 'run.replications']));
  });
});

describe('files named by id (resolver)', () => {
  it('loads a scenario whose company and organisation are named by id', () => {
    const data = mmc();
    data.company = 'mmc';
    data.organisation = 'mmc-agents';
    const result = load(data, filesResolver());
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    expect(result.value.company.id).toBe('mmc');
    expect(result.value.organisation.id).toBe('mmc-agents');
    expect(result.value.run.replications).toBe(10);
  });

  it('loads an organisation file that names its company, with default run settings', () => {
    const resolver = filesResolver();
    const result = load(resolver('organisation', 'mmc-agents')!.text, resolver);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (result.ok) expect(result.value.company.id).toBe('mmc');
  });

  it('reports an unknown company id at company', () => {
    const data = mmc();
    data.company = 'no-such-company';
    const issue = issueAt(load(data, filesResolver()), 'company');
    expect(issue.file).toBe(FILE);
    expect(issue.message).toBe('no company with id "no-such-company" was found');
  });

  it('reports an unknown organisation id at organisation', () => {
    const data = mmc();
    data.organisation = 'no-such-organisation';
    const issue = issueAt(load(data, filesResolver()), 'organisation');
    expect(issue.message).toBe('no organisation with id "no-such-organisation" was found');
  });

  it('reports an organisation file that does not name its company', () => {
    const organisation = parse(filesResolver()('organisation', 'mmc-agents')!.text) as Data;
    delete organisation.company;
    expect(issueAt(load(organisation, filesResolver()), 'company').message).toMatch(/name the company/);
  });

  it('reports a problem in a resolved file against that file, with a path inside it', () => {
    const company = mmc().company;
    company.publics[0].sise = 5;
    const resolver: Resolver = (kind, id) =>
      kind === 'company' && id === 'mmc' ? { file: 'companies/mmc.yaml', text: stringify(company) } : filesResolver()(kind, id);
    const data = mmc();
    data.company = 'mmc';
    const issue = issuesOf(load(data, resolver)).find((i) => i.path === 'publics[0].sise');
    expect(issue?.file).toBe('companies/mmc.yaml');
    expect(issue?.message).toMatch(/unknown key "sise"/);
  });

  it('reports invalid YAML in a resolved file against that file', () => {
    const resolver: Resolver = (kind) => (kind === 'company' ? { file: 'companies/broken.yaml', text: 'a: [1, 2\nb: c' } : undefined);
    const data = mmc();
    data.company = 'broken';
    const issues = issuesOf(load(data, resolver));
    expect(issues.every((i) => i.file === 'companies/broken.yaml')).toBe(true);
    expect(issues[0]!.path).toMatch(/^line \d+, column \d+$/);
  });
});

/** Serves the company and organisation of mmc-erlang as separate files, by id. */
function filesResolver(): Resolver {
  const data = mmc();
  const company = stringify(data.company);
  const organisation = stringify({ ...data.organisation, company: 'mmc' });
  return (kind, id) => {
    if (kind === 'company' && id === 'mmc') return { file: 'companies/mmc.yaml', text: company };
    if (kind === 'organisation' && id === 'mmc-agents') return { file: 'organisations/mmc-agents.yaml', text: organisation };
    return undefined;
  };
}
