/**
 * Property-based tests of the scenario loader and of the simulation it feeds.
 *
 *  a. Arbitrary text and arbitrary data never make loadScenario throw: they come back as issues.
 *  b. Random mutations of a valid scenario never make it throw either: the result is a scenario
 *     (which then compiles to finite arrival rates) or issues with paths.
 *  c. Generated valid scenarios load, run to the end, give finite figures and conserve messages.
 *
 * Every property runs with a fixed seed, so a failure reproduces exactly (FUZZ_SEED and FUZZ_RUNS
 * search wider). The regressions at the end are bugs these properties found.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DISTRIBUTION_NAMES } from '../src/engine/distributions';
import { runReplication, runScenario } from '../src/metrics/run-scenario';
import { compileScenario } from '../src/model/compile';
import { loadScenario, type Loaded, type Resolver, type Scenario } from '../src/scenario/load';
import { LIMITS } from '../src/scenario/limits';
import { CHANNEL_KINDS } from '../src/scenario/schema-company';
import { UNIT_ROLES } from '../src/scenario/schema-organisation';

/** Fixed for reproducibility; FUZZ_SEED and FUZZ_RUNS (a multiplier) widen a local search. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * RUNS));
const FILE = 'fuzz.yaml';
const MMC_TEXT = readFileSync(new URL('../scenarios/mmc-erlang.yaml', import.meta.url), 'utf8');
const noFiles: Resolver = () => undefined;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

/** Loads text, turning a throw into a test failure that shows the text. */
function safeLoad(text: string, resolver: Resolver = noFiles): Loaded<Scenario> {
  try {
    return loadScenario(text, FILE, resolver);
  } catch (e) {
    throw new Error(`loadScenario threw on:\n${text.slice(0, 2_000)}\n→ ${(e as Error).stack}`, { cause: e });
  }
}

/** Every issue names a file, a path (possibly empty) and a non-empty message. */
function expectWellFormedIssues(result: Loaded<Scenario>): void {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(typeof issue.file).toBe('string');
    expect(issue.file.length).toBeGreaterThan(0);
    expect(typeof issue.path).toBe('string');
    expect(typeof issue.message).toBe('string');
    expect(issue.message.trim().length).toBeGreaterThan(0);
  }
}

function toText(value: unknown, asJson: boolean): string {
  return asJson ? (JSON.stringify(value) ?? '') : (stringify(value) ?? '');
}

// ── a. Arbitrary text and data ────────────────────────────────────────────────────────────────

/** Fragments that make random text look like YAML often enough to reach its odd corners. */
const yamlToken = fc.constantFrom(
  'version', 'kind', 'scenario', 'organisation', 'company', 'units', 'run', 'routing', 'entry',
  ': ', ':', ' ', '  ', '\n', '\n  ', '- ', '[', ']', '{', '}', ', ', '&a ', '*a', '&b ', '*b', '!!str ', '!!binary ',
  '!tag ', '!!set ', '!!omap ', '# c', '"', "'", '|\n', '>\n', '%YAML 1.1\n', '%TAG ! tag:x,2000:\n', '---\n', '...\n',
  '\t', '1', '-1', '0x1F', '1e999', '.nan', '.inf', '-.inf', '~', 'null', 'true', '<<: ', '? ', '@', '`', '\\', '\u0000',
  '\ufeff', '2001-12-14', '__proto__', 'constructor',
);
const yamlish = fc.array(yamlToken, { maxLength: 60 }).map((parts) => parts.join(''));

/** Values shaped like the top of a scenario file, with random content below. */
const headerLike = fc.record(
  {
    version: fc.oneof(fc.constant(1), fc.constant(2), fc.jsonValue({ maxDepth: 1 })),
    kind: fc.oneof(fc.constantFrom('scenario', 'organisation', 'company'), fc.string()),
    id: fc.oneof(fc.constant('x'), fc.string()),
    name: fc.jsonValue({ maxDepth: 1 }),
    company: fc.oneof(fc.constantFrom('mmc', 'nope'), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }))),
    organisation: fc.oneof(fc.constantFrom('mmc-agents', 'nope'), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }))),
    run: fc.jsonValue({ maxDepth: 2 }),
    units: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: [] },
);

/** Serves mmc's company and a broken organisation by id, so some inputs get past the header. */
const mmcResolver: Resolver = (kind, id) => {
  const data = parse(MMC_TEXT) as Data;
  if (kind === 'company' && id === 'mmc') return { file: 'companies/mmc.yaml', text: stringify(data.company) };
  if (kind === 'organisation' && id === 'mmc-agents') return { file: 'organisations/mmc-agents.yaml', text: 'units: [' };
  return undefined;
};

describe('a. arbitrary input never throws', () => {
  const expectRejected = (text: string, resolver: Resolver = noFiles) => {
    const result = safeLoad(text, resolver);
    expect(result.ok).toBe(false);
    expectWellFormedIssues(result);
  };

  it('rejects arbitrary strings with issues', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => expectRejected(text)),
      { seed: SEED, numRuns: runs(300) },
    );
  });

  it('rejects YAML-looking token soup with issues', () => {
    fc.assert(fc.property(yamlish, (text) => expectRejected(text, mmcResolver)), { seed: SEED, numRuns: runs(500) });
  });

  it('rejects arbitrary JSON values written as JSON or YAML', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, asJson) => expectRejected(toText(value, asJson))),
      { seed: SEED, numRuns: runs(300) },
    );
  });

  it('rejects arbitrary JavaScript values written as YAML', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        let text: string;
        try {
          text = stringify(value) ?? '';
        } catch {
          return; // not representable as YAML: nothing to load
        }
        expectRejected(text);
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });

  it('rejects header-shaped files with random content, resolved or not', () => {
    fc.assert(
      fc.property(headerLike, fc.boolean(), fc.boolean(), (value, asJson, resolve) => expectRejected(toText(value, asJson), resolve ? mmcResolver : noFiles)),
      { seed: SEED, numRuns: runs(400) },
    );
  });
});

// ── b. Mutations of a valid scenario ──────────────────────────────────────────────────────────

type Path = (string | number)[];

function allPaths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...allPaths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) out.push(...allPaths((value as Record<string, unknown>)[key], [...prefix, key]));
  }
  return out;
}

/** Sets an own property even when the key is "__proto__". */
function put(target: Data, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Mutation =
  | { op: 'delete' }
  | { op: 'set'; value: unknown }
  | { op: 'negate' }
  | { op: 'addKey'; key: string; value: unknown }
  | { op: 'stringify' }
  | { op: 'wrap' };

const oddNumber = fc.constantFrom(
  'NaN', 'nan', '-1', '1e400', Number.NaN, Infinity, -Infinity, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1,
  1e21, -0, 0, 0.5, 1.5, 1e-300, 366, 367, 1_000_001,
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ op: 'delete' as const }),
  fc.record({ op: fc.constant('set' as const), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), oddNumber) }),
  fc.constant({ op: 'negate' as const }),
  fc.record({
    op: fc.constant('addKey' as const),
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'headcont', 'dist')),
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
  fc.constant({ op: 'stringify' as const }),
  fc.constant({ op: 'wrap' as const }),
);

function applyMutation(root: Data, path: Path, m: Mutation): Data {
  const transform = (old: unknown): unknown => {
    switch (m.op) {
      case 'set': return m.value;
      case 'negate': return typeof old === 'number' ? -old - 1 : -1;
      case 'stringify': return typeof old === 'object' ? JSON.stringify(old) : String(old);
      case 'wrap': return [old];
      case 'addKey': {
        const copy: Data = old !== null && typeof old === 'object' && !Array.isArray(old) ? old : {};
        put(copy, m.key, m.value);
        return copy;
      }
      case 'delete': return undefined;
    }
  };
  if (path.length === 0) return m.op === 'delete' ? {} : transform(root);
  let parent: Data = root;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1]!;
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    put(parent, last, transform(parent[last]));
  }
  return root;
}

describe('b. mutations of mmc-erlang never throw', () => {
  it('loads each mutant to a scenario that compiles, or to issues with paths', () => {
    const base = parse(MMC_TEXT) as Data;
    base.run = { horizonDays: 1, replications: 1, seed: 1 };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 4 }), fc.boolean(), (mutations, asJson) => {
        let data: Data = structuredClone(base);
        for (const [index, m] of mutations) {
          const paths = allPaths(data);
          data = applyMutation(data, paths[index % paths.length]!, m);
        }
        const text = toText(data, asJson);
        const result = safeLoad(text);
        expectWellFormedIssues(result);
        if (result.ok) {
          // A scenario that loads must compile, and to finite arrival rates.
          const model = compileScenario(result.value);
          for (const stream of model.streams) expect(Number.isFinite(stream.rate.meanPerMinute)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: runs(600) },
    );
  });

  it('reports an unknown key added to any fixed-shape mapping at the path of that key', () => {
    const base = parse(MMC_TEXT) as Data;
    // Mappings keyed by ids (mixes, routing.entry) accept new keys as names and report them as
    // unknown references instead (see scenario-errors.test.ts).
    const idKeyed = /^(company\.publics\.\d+\.(channels|intents|topics)|organisation\.routing\.entry)$/;
    const objectPaths = allPaths(base).filter((p) => {
      let v: Data = base;
      for (const k of p) v = v[k];
      return v !== null && typeof v === 'object' && !Array.isArray(v) && !idKeyed.test(p.join('.'));
    });
    const unknownKey = fc.stringMatching(/^zz[a-z]{1,8}$/);
    fc.assert(
      fc.property(fc.constantFrom(...objectPaths), unknownKey, (path, key) => {
        const data: Data = structuredClone(base);
        let target: Data = data;
        for (const k of path) target = target[k];
        target[key] = 1;
        const result = safeLoad(stringify(data));
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const expected = [...path, key].reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
        expect(result.issues.map((i) => i.path)).toContain(expected);
      }),
      { seed: SEED, numRuns: runs(100) },
    );
  });
});

// ── c. Generated valid scenarios run and conserve messages ────────────────────────────────────

/** Numbers on a grid, so counterexamples print readably. */
const grid = (min: number, max: number, step = 1) =>
  fc.integer({ min: Math.round(min / step), max: Math.round(max / step) }).map((x) => Number((x * step).toFixed(6)));
const probability = grid(0, 1, 0.05);

/** A distribution of every kind the schema knows (or a plain number), around `scale` minutes. */
function distribution(scale: number): fc.Arbitrary<unknown> {
  const mean = grid(scale / 10, scale * 2, scale / 20);
  const value = grid(0, scale * 2, scale / 20);
  return fc.oneof(
    fc.record({ dist: fc.constant('exponential'), mean }),
    fc.record({ dist: fc.constant('lognormal'), mean, cv: grid(0, 3, 0.25) }),
    fc.record({ dist: fc.constant('gamma'), mean, cv: grid(0, 3, 0.25) }),
    fc.record({ dist: fc.constant('erlang'), mean, k: fc.integer({ min: 1, max: 6 }) }),
    fc.record({ dist: fc.constant('deterministic'), value }),
    fc.tuple(value, value).map(([a, b]) => ({ dist: 'uniform', min: Math.min(a, b), max: Math.max(a, b) })),
    fc.tuple(value, value, value).map((xs) => {
      const [min, mode, max] = [...xs].sort((a, b) => a - b);
      return { dist: 'triangular', min, mode, max };
    }),
    fc.array(value, { minLength: 1, maxLength: 5 }).chain((values) =>
      fc.oneof(
        fc.constant({ dist: 'empirical', values }),
        fc.array(grid(0, 5), { minLength: values.length, maxLength: values.length })
          .map((w) => ({ dist: 'empirical', values, weights: w.some((x) => x > 0) ? w : w.map(() => 1) })),
      ),
    ),
    value,
  );
}

const clock = fc.tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 15, 30, 59)).map(
  ([h, m]) => `${String(h).padStart(2, '0')}:${String(h === 24 ? 0 : m).padStart(2, '0')}`,
);
// A span opens and closes at different times (the same time is refused: it is neither a whole day nor closed).
const span = fc.record({ days: fc.constantFrom('mon-fri', 'sat,sun', 'mon', 'fri-mon', 'mon-sun', 'tue,thu-sat'), from: clock, to: clock }).filter((s) => s.from !== s.to);
const hours = (allowNever: boolean) =>
  fc.oneof(
    fc.constantFrom('24/7', 'office', 'extended', 'weekdays-24h', ...(allowNever ? ['never'] : [])),
    fc.array(span, { minLength: 1, maxLength: 2 }),
  );
const weights = (n: number) => fc.array(grid(0, 3, 0.5), { minLength: n, maxLength: n }).map((w) => (w.some((x) => x > 0) ? w : w.map(() => 1)));
const profile = fc.oneof(fc.constantFrom('flat', 'office', 'social', 'evening'), fc.record({ hourly: weights(24), daily: weights(7) }));

/** A mix over some of `ids`, with at least one weight above 0. */
function mix(ids: string[]): fc.Arbitrary<Record<string, number>> {
  return fc.subarray(ids, { minLength: 1 }).chain((chosen) =>
    fc.array(grid(0, 5, 0.5), { minLength: chosen.length, maxLength: chosen.length }).map((w) =>
      Object.fromEntries(chosen.map((id, i) => [id, i === 0 ? Math.max(w[i]!, 1) : w[i]!])),
    ),
  );
}

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Drops undefined fields, so optional keys are absent rather than null. */
const clean = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

interface Sizes { functions: string[]; topics: string[]; intents: string[]; channels: string[]; publics: string[]; units: string[] }

function companyOf(s: Sizes): fc.Arbitrary<Data> {
  const channel = (id: string) =>
    fc.record({
      id: fc.constant(id),
      kind: fc.constantFrom(...CHANNEL_KINDS),
      public: fc.boolean(),
      live: fc.boolean(),
      hours: hours(false),
      expectedResponseMinutes: grid(1, 1440),
      costPerContact: grid(0, 5, 0.5),
      patience: optional(distribution(120)),
      onAbandon: optional<Data>(
        s.channels.length > 1
          ? fc.record({
              switchTo: fc.constantFrom(...s.channels.filter((c) => c !== id)),
              switchProbability: probability,
              switchDelay: distribution(30),
            })
          : fc.record({ switchProbability: fc.constant(0), switchDelay: distribution(30) }),
      ),
      profile: optional(profile),
    });
  const publicOf = (id: string) =>
    fc.record({
      id: fc.constant(id),
      size: grid(0, 1500, 10),
      contactsPerMonth: grid(0, 2, 0.1),
      channels: mix(s.channels),
      intents: mix(s.intents),
      topics: mix(s.topics),
      organisedShare: probability,
      organisedWeight: grid(1, 10),
      goodAnswer: optional(fc.record({ becomes: fc.constantFrom(...s.publics), probability })),
    });
  const episode = fc.record({ startDay: grid(0, 2, 0.5), startHour: grid(0, 23), durationHours: grid(1, 12), multiplier: grid(1, 3, 0.5) });
  return fc.record({
    version: fc.constant(1),
    kind: fc.constant('company'),
    id: fc.constant('fuzzco'),
    name: fc.constantFrom('Fuzz company', { en: 'Fuzz company', fr: 'Société aléatoire' }),
    functions: fc.constant(s.functions),
    topics: fc.tuple(...s.topics.map((id) => fc.record({ id: fc.constant(id), function: fc.constantFrom(...s.functions) }))),
    intents: fc.tuple(
      ...s.intents.map((id) =>
        fc.record({
          id: fc.constant(id),
          expectsAnswer: fc.boolean(),
          insightFunction: optional(fc.constantFrom(...s.functions)),
          visibilityWeight: grid(0, 5),
        }),
      ),
    ),
    channels: fc.tuple(...s.channels.map(channel)),
    publics: fc.tuple(...s.publics.map(publicOf)),
    profile: optional(profile),
    businessHours: optional(hours(true)),
    quality: optional(fc.record({ reworkProbability: probability, reworkDelay: distribution(240), inconsistencyBase: probability })),
    badBuzz: optional(
      fc.record({
        threshold: grid(1, 30),
        decayHalfLifeHours: grid(1, 48),
        multiplier: grid(1, 3, 0.5),
        durationHours: grid(1, 12),
        channels: mix(s.channels),
        intents: mix(s.intents),
        scripted: fc.array(episode, { maxLength: 2 }),
        selfTriggered: fc.boolean(),
      }),
    ),
  });
}

function organisationOf(s: Sizes): fc.Arbitrary<Data> {
  const unitOf = (id: string) =>
    fc.record({
      id: fc.constant(id),
      function: fc.constantFrom(...s.functions),
      role: fc.constantFrom(...UNIT_ROLES),
      expertise: optional(fc.subarray(s.functions)),
      headcount: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 20 }), weight: 3 }, { arbitrary: grid(0, 5, 0.25), weight: 1 }),
      share: fc.oneof({ arbitrary: fc.constant(1), weight: 2 }, { arbitrary: grid(0.05, 1, 0.05), weight: 1 }),
      hours: fc.oneof({ arbitrary: fc.constantFrom('24/7', 'extended'), weight: 3 }, { arbitrary: hours(true), weight: 2 }),
      checkEveryMinutes: fc.oneof(fc.constant(0), grid(5, 120, 5)),
      hourlyCost: grid(0, 60, 5),
      costBasis: fc.constantFrom('scheduled', 'worked'),
      guidelines: probability,
      autonomy: probability,
      handling: distribution(8),
      correct: probability,
      autonomyOutside: probability,
      correctOutside: probability,
      topics: fc.subarray(s.topics).chain((ts) =>
        fc.tuple(...ts.map(() => fc.record({ autonomy: optional(probability), handling: optional(distribution(8)), correct: optional(probability) })))
          .map((skills) => Object.fromEntries(ts.map((t, i) => [t, skills[i]]))),
      ),
      triage: distribution(3),
      relay: distribution(3),
      insightForwarding: probability,
      outOfScope: fc.oneof({ arbitrary: fc.constant([]), weight: 3 }, { arbitrary: fc.subarray(s.topics, { maxLength: 1 }), weight: 1 }),
      participation: optional(
        fc.record({ initial: probability, target: optional(probability), halfLifeDays: grid(1, 60), recoveryPerDay: probability }),
      ),
    });
  const unit = fc.constantFrom(...s.units);
  const target = fc.oneof(
    { arbitrary: unit, weight: 6 },
    { arbitrary: fc.constant(null), weight: 1 },
    {
      arbitrary: fc.record({
        topics: fc.subarray(s.topics).chain((ts) => fc.tuple(...ts.map(() => unit)).map((us) => Object.fromEntries(ts.map((t, i) => [t, us[i]])))),
        otherwise: fc.oneof({ arbitrary: unit, weight: 3 }, { arbitrary: fc.constant(null), weight: 1 }),
      }),
      weight: 2,
    },
  );
  const referral = fc
    .tuple(fc.constantFrom(...s.units), fc.constantFrom(...s.units))
    .filter(([from, to]) => from !== to)
    .chain(([from, to]) =>
      fc.record({
        from: fc.constant(from),
        to: fc.constant(to),
        topics: optional(fc.subarray(s.topics)),
        functions: optional(fc.subarray(s.functions)),
        commitment: fc.constantFrom('committed', 'optional'),
        delay: distribution(30),
        answer: fc.constantFrom('direct', 'entry', 'chain'),
        forgetProbability: grid(0, 0.5, 0.05),
        misrouteProbability: grid(0, 0.5, 0.05),
      }),
    )
    .map((r) => (r.commitment === 'committed' ? { ...r, forgetProbability: 0 } : r));
  const task = (id: string) =>
    fc.record({
      id: fc.constant(id),
      unit: fc.constantFrom(...s.units),
      everyHours: grid(2, 24),
      effort: distribution(30),
      animates: fc.subarray(s.units),
      replies: optional(
        fc.record({
          public: fc.constantFrom(...s.publics),
          channel: fc.constantFrom(...s.channels),
          intent: fc.constantFrom(...s.intents),
          topic: fc.constantFrom(...s.topics),
          expected: grid(0, 5, 0.5),
        }),
      ),
    });
  return fc
    .record({
      version: fc.constant(1),
      kind: fc.constant('organisation'),
      id: fc.constant('fuzzorg'),
      name: fc.constant('Fuzz organisation'),
      units: fc.tuple(...s.units.map(unitOf)),
      routing: fc.record({
        entry: fc.tuple(...s.channels.map(() => target)).map((ts) => Object.fromEntries(s.channels.map((c, i) => [c, ts[i]]))),
        referrals: s.units.length > 1 ? fc.array(referral, { minLength: 1, maxLength: 5 }) : fc.constant([]),
      }),
      coordination: fc.array(
        fc.record({ units: fc.subarray(s.units, { minLength: 1 }), strength: probability, overheadMinutes: grid(0, 5, 0.5) }),
        { maxLength: 2 },
      ),
      tasks: fc.integer({ min: 0, max: 2 }).chain((n) => fc.tuple(...ids('k', n).map(task))),
    })
    .map((org) => {
      // Tasks may only animate volunteer pools (units with a participation block).
      const pools = new Set<string>(org.units.filter((u) => u.participation).map((u) => u.id));
      return { ...org, tasks: org.tasks.map((t) => ({ ...t, animates: t.animates.filter((u) => pools.has(u)) })) };
    });
}

const run = fc
  .record({
    horizonDays: grid(1, 3, 0.5),
    warmupFraction: fc.oneof(fc.constant(0), grid(0, 0.5, 0.25)),
    replications: fc.integer({ min: 1, max: 2 }),
    seed: fc.integer({ min: 0, max: LIMITS.seed }),
    sampleEveryMinutes: fc.constantFrom(5, 15, 60, 240),
  })
  .map(({ warmupFraction, ...r }) => ({ ...r, warmupDays: r.horizonDays * warmupFraction, eventBudget: 2_000_000 }));

const validScenario: fc.Arbitrary<Data> = fc
  .record({
    functions: fc.integer({ min: 1, max: 3 }),
    topics: fc.integer({ min: 1, max: 3 }),
    intents: fc.integer({ min: 1, max: 2 }),
    channels: fc.integer({ min: 1, max: 3 }),
    publics: fc.integer({ min: 1, max: 3 }),
    units: fc.integer({ min: 1, max: 4 }),
  })
  .map((n): Sizes => ({
    functions: ids('f', n.functions),
    topics: ids('t', n.topics),
    intents: ids('i', n.intents),
    channels: ids('c', n.channels),
    publics: ids('p', n.publics),
    units: ids('u', n.units),
  }))
  .chain((s) => fc.record({ company: companyOf(s), organisation: organisationOf(s), run }))
  .map(({ company, organisation, run }) => clean({ version: 1, kind: 'scenario', name: 'fuzz', company, organisation, run }));

/** Ratios that must lie in [0, 1]. */
const RATIO = /^(sla\.attainment|wait\.probability|coverage\..*|insight\.capture|quality\.(correct|consistent)|(channel|intent|public)\.[^.]+\.(answered|sla))$/;

describe('c. generated valid scenarios', () => {
  it('generates every distribution kind (the generator is not blind to some)', () => {
    const seen = new Set<string>();
    fc.sample(distribution(8), { seed: SEED, numRuns: 500 }).forEach((d) => seen.add(typeof d === 'number' ? 'number' : (d as { dist: string }).dist));
    expect([...seen].sort()).toEqual([...DISTRIBUTION_NAMES, 'number'].sort());
  });

  it('load, run to the end, give finite figures and conserve every message', () => {
    fc.assert(
      fc.property(validScenario, fc.boolean(), (data, asJson) => {
        const text = toText(data, asJson);
        const loaded = safeLoad(text);
        if (!loaded.ok) throw new Error(`a generated scenario was rejected:\n${JSON.stringify(loaded.issues, null, 2)}`);
        const scenario = loaded.value;

        const result = runScenario(scenario);
        expect(result.replications).toBe(scenario.run.replications);
        for (const info of result.summary.runs) expect(info.stopReason).not.toBe('budget');

        const metrics = result.summary.metrics;
        for (const [key, estimate] of Object.entries(metrics)) {
          if (!Number.isFinite(estimate.mean) || !Number.isFinite(estimate.ci)) throw new Error(`${key}: ${JSON.stringify(estimate)}`);
          expect(estimate.ci).toBeGreaterThanOrEqual(0);
          if (RATIO.test(key)) {
            expect(estimate.mean, key).toBeGreaterThanOrEqual(0);
            expect(estimate.mean, key).toBeLessThanOrEqual(1 + 1e-9);
          }
          if (/(firstResponse|resolution)\./.test(key)) expect(estimate.mean, key).toBeGreaterThanOrEqual(0);
        }

        const mean = (key: string) => {
          const m = metrics[key];
          if (!m) throw new Error(`metric ${key} missing`);
          return m.mean;
        };
        const arrived = mean('messages.arrived');
        const ended = mean('messages.answered') + mean('messages.dropped') + mean('messages.abandoned') + mean('messages.open');
        const byReason = ['unmonitored', 'outOfScope', 'forgotten', 'loop', 'unclaimed'].reduce((s, r) => s + mean(`messages.dropped.${r}`), 0);
        if (scenario.run.replications === 1) {
          expect(ended).toBe(arrived);
          expect(byReason).toBe(mean('messages.dropped'));
          // The figures of the single replication are the summary's, and none was NaN (the
          // summary silently leaves out non-finite values, so check them before aggregation).
          const { metrics: single } = runReplication(scenario, 0);
          for (const [key, value] of Object.entries(single.values)) {
            if (!Number.isFinite(value)) throw new Error(`${key} = ${value}`);
            expect(metrics[key]?.mean, key).toBe(value);
          }
        } else {
          expect(Math.abs(ended - arrived)).toBeLessThanOrEqual(1e-9 * Math.max(1, arrived));
          expect(Math.abs(byReason - mean('messages.dropped'))).toBeLessThanOrEqual(1e-9 * Math.max(1, arrived));
        }
      }),
      { seed: SEED, numRuns: runs(80) },
    );
  });
});

// ── Regressions: ids that are names of Object's members ────────────────────────────────────
//
// Ids such as "constructor" are valid. Lookups once used plain indexing (`id in record`,
// `record[id] ?? fallback`) and found Object's constructor instead of nothing: a missing entry
// went unreported and crashed the compiler, NaN arrival rates hung the run, NaN topic weights
// sent every message to one topic. Lookups now go through `own()` (Object.hasOwn).

/** A minimal inline scenario: one function f, topic t, intent i, public p on channel c, unit u. */
function minimal(edit: (data: Data) => void): string {
  const data: Data = {
    version: 1,
    kind: 'scenario',
    company: {
      version: 1, kind: 'company', id: 'co', name: 'co', functions: ['f'],
      topics: [{ id: 't', function: 'f' }],
      intents: [{ id: 'i' }],
      channels: [{ id: 'c', kind: 'email' }],
      publics: [{ id: 'p', size: 1000, contactsPerMonth: 1, channels: { c: 1 }, intents: { i: 1 }, topics: { t: 1 } }],
    },
    organisation: {
      version: 1, kind: 'organisation', id: 'org', name: 'org',
      units: [{ id: 'u', function: 'f', role: 'front', headcount: 1, hours: '24/7' }],
      routing: { entry: { c: 'u' } },
    },
    run: { horizonDays: 1, replications: 1 },
  };
  edit(data);
  return stringify(data);
}

describe('regressions: an id named "constructor"', () => {
  it('the minimal scenario without "constructor" loads and runs', () => {
    const loaded = safeLoad(minimal(() => {}));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(runScenario(loaded.value).summary.metrics['messages.arrived']!.mean).toBeGreaterThan(0);
  });

  it('reports a channel "constructor" that has no entry (instead of loading and crashing the compiler)', () => {
    const loaded = safeLoad(minimal((d) => d.company.channels.push({ id: 'constructor', kind: 'email' })));
    if (loaded.ok) compileScenario(loaded.value);
    expect(loaded.ok).toBe(false);
  });

  it('gives a channel "constructor" absent from every mix a zero, not NaN, arrival rate', () => {
    const loaded = safeLoad(minimal((d) => {
      d.company.channels.push({ id: 'constructor', kind: 'email' });
      d.organisation.routing.entry.constructor = 'u';
    }));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    for (const stream of compileScenario(loaded.value).streams) expect(Number.isFinite(stream.rate.meanPerMinute)).toBe(true);
  });

  it('never sends a message on a topic "constructor" that no public talks about', () => {
    const loaded = safeLoad(minimal((d) => {
      d.company.topics.push({ id: 'constructor', function: 'f' });
      d.organisation.units[0].outOfScope = ['constructor'];
    }));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const metrics = runScenario(loaded.value).summary.metrics;
    expect(metrics['messages.arrived']!.mean).toBeGreaterThan(0);
    expect(metrics['messages.dropped.outOfScope']!.mean).toBe(0);
  });
});
