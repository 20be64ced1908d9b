/**
 * Property-based fuzzing of what people type or paste: the link parser, the levers, the number
 * rule and the command line's arguments. Claims: nothing throws (but a usage error), every value
 * read is within its declared range and shape, every problem is said in both languages, a written
 * link reads back to the same state, and a number is read only when written in plain digits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, parseCommand, wholeNumberOption, type CommandSpec, type OptionName } from '../src/cli/args';
import { LEVER_NAMES, NEUTRAL_LEVERS, readLevers, writeLevers, type Levers } from '../src/scenario/levers';
import { LIMITS } from '../src/scenario/limits';
import { readDecimal, readWholeNumber } from '../src/scenario/values';
import { MAX_ORGANISATIONS, readHash, URL_FIELDS, writeHash, type SharedState } from '../src/state/url-state';

const RUNS = { numRuns: 300 };
const PARAMS = URL_FIELDS.map((f) => f.param);

/** Text a hostile link may hold: any characters, the link's own separators, and look-alike numbers. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('&', '=', ';', ':', ',', '%', '+', ' ', '#', '0', '1', 'x', 'e', '.', '-', '\u0000', '<', '>'), maxLength: 20 }),
  fc.constantFrom('', '0x10', '0b11', '+5', ' 5', '1e3', 'NaN', 'Infinity', '-0', '4294967296', '__proto__', 'constructor', '<script>alert(1)</script>'),
);

describe('the link parser', () => {
  it('never throws, and everything it reads is within its declared shape; every problem is in both languages', () => {
    const link = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), nasty), nasty), { maxLength: 12 })
      .map((pairs) => `#${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`);
    fc.assert(fc.property(fc.oneof(link, nasty.map((s) => `#${s}`)), (hash) => {
      const { values, problems } = readHash(hash, { companies: ['sme'], organisations: ['funnel', 'coordinator'] });
      if (values.companyId !== undefined) expect(values.companyId).toBe('sme');
      if (values.organisationIds !== undefined) {
        expect(values.organisationIds.length).toBeGreaterThan(0);
        expect(values.organisationIds.length).toBeLessThanOrEqual(MAX_ORGANISATIONS);
        for (const o of values.organisationIds) expect(['funnel', 'coordinator']).toContain(o);
      }
      if (values.replications !== undefined) expect(Number.isInteger(values.replications) && values.replications >= 1 && values.replications <= LIMITS.appReplications).toBe(true);
      if (values.seed !== undefined) expect(Number.isInteger(values.seed) && values.seed >= 0 && values.seed <= LIMITS.seed).toBe(true);
      if (values.language !== undefined) expect(['en', 'fr']).toContain(values.language);
      if (values.sortBy != null) expect(values.sortBy).toMatch(/^[a-zA-Z0-9_.]{1,64}$/);
      if (values.presenting != null) expect(values.presenting).toMatch(/^[a-z]{1,24}$/);
      if (values.levers !== undefined) expect(readLevers(writeLevers(values.levers)).levers).toEqual(values.levers);
      for (const p of problems) {
        expect(p.en.length).toBeGreaterThan(0);
        expect(p.fr.length).toBeGreaterThan(0);
      }
    }), RUNS);
  });

  it('reads back every state it writes, with no problem', () => {
    const lever = <K extends keyof Levers>(name: K, values: readonly Levers[K][]) => fc.constantFrom(...values);
    const levers = fc.record({
      volume: fc.integer({ min: 1, max: 100 }).map((n) => n / 10),
      cmHeadcount: fc.integer({ min: 0, max: 40 }).map((n) => n / 4),
      cmAutonomy: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 20 }).map((n) => n / 20)),
      commitment: lever('commitment', ['preset', 'committed', 'optional']),
      participation: fc.integer({ min: 0, max: 20 }).map((n) => n / 10),
      animation: fc.boolean(),
      hours: lever('hours', ['preset', 'office', '24/7']),
      crisis: fc.boolean(),
    }) as fc.Arbitrary<Levers>;
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/);
    const state: fc.Arbitrary<SharedState> = fc.record({
      companyId: id,
      organisationIds: fc.uniqueArray(id, { minLength: 1, maxLength: MAX_ORGANISATIONS }),
      replications: fc.integer({ min: 1, max: LIMITS.appReplications }),
      seed: fc.integer({ min: 0, max: LIMITS.seed }),
      language: fc.constantFrom('en' as const, 'fr' as const),
      levers,
      sortBy: fc.oneof(fc.constant(null), fc.stringMatching(/^[a-zA-Z0-9_.]{1,30}$/)),
      presenting: fc.oneof(fc.constant(null), fc.stringMatching(/^[a-z]{1,24}$/)),
      study: fc.constant(null),
    });
    fc.assert(fc.property(state, (s) => {
      const read = readHash(writeHash(s));
      expect(read.problems).toEqual([]);
      expect({ ...s, ...read.values }).toEqual(s);
      // Values the link leaves out are the neutral or null ones.
      for (const k of Object.keys(s) as (keyof SharedState)[]) if (!(k in read.values)) expect([null, '']).toContain(k === 'levers' ? (writeLevers(s.levers) || null) : s[k]);
    }), RUNS);
  });
});

describe('the one number rule (link, command line, controls)', () => {
  it('reads a whole number exactly when it is written in plain digits within range', () => {
    fc.assert(fc.property(nasty, fc.integer({ min: 0, max: 1000 }), (raw, max) => {
      const n = readWholeNumber(raw, 0, max);
      const plain = /^\d{1,16}$/.test(raw) && Number(raw) <= max;
      expect(n !== undefined).toBe(plain);
      if (n !== undefined) expect(n).toBe(Number(raw));
    }), RUNS);
    fc.assert(fc.property(fc.integer({ min: 0, max: LIMITS.seed }), (n) => { expect(readWholeNumber(String(n), 0, LIMITS.seed)).toBe(n); }), RUNS);
  });

  it('reads a decimal only as digits with at most one point', () => {
    fc.assert(fc.property(nasty, (raw) => {
      const n = readDecimal(raw, 0, 1e17);
      expect(n !== undefined).toBe(/^\d{1,16}(\.\d{1,16})?$/.test(raw));
    }), RUNS);
  });

  it('reads levers without throwing; a bad part is named and the rest kept', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...LEVER_NAMES), nasty), nasty), { maxLength: 6 }), (parts) => {
      const text = parts.map(([k, v]) => `${k}:${v}`).join(';');
      for (const language of ['en', 'fr'] as const) {
        const { levers, problems } = readLevers(text, language);
        expect(Object.keys(levers).sort()).toEqual(Object.keys(NEUTRAL_LEVERS).sort());
        expect(readLevers(writeLevers(levers))).toEqual({ levers, problems: [] });
        for (const p of problems) expect(p.length).toBeGreaterThan(0);
      }
    }), RUNS);
  });
});

describe('the command line', () => {
  const spec: CommandSpec<OptionName> = {
    name: 'fuzz', summary: '', positionals: [{ name: 'file', help: '' }],
    options: ['orgs', 'replications', 'seed', 'days', 'levers', 'out', 'threads'], examples: [],
  };
  const token = fc.oneof(nasty, fc.constantFrom('--seed', '--replications', '--orgs', '--out', '--quiet', '-q', '-h', '--help', '--', '--seed=', '--bogus', '-x', 'file.yaml'));

  it('parses any arguments or refuses them with a usage error, never anything else', () => {
    fc.assert(fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
      try {
        const { positionals, values } = parseCommand(spec, argv);
        for (const [name, value] of Object.entries(values)) {
          expect(spec.options.includes(name as OptionName) || name === 'quiet' || name === 'help').toBe(true);
          expect(typeof value === 'string' || typeof value === 'boolean').toBe(true);
        }
        if (!values.help) expect(positionals).toHaveLength(1);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as Error).message.length).toBeGreaterThan(0);
      }
    }), RUNS);
  });

  it('reads a number option exactly when the link would read it', () => {
    fc.assert(fc.property(nasty, (raw) => {
      let cli: number | undefined;
      try { cli = wholeNumberOption(raw, 'seed', 0, LIMITS.seed); } catch (e) { expect(e).toBeInstanceOf(InputError); }
      expect(cli).toBe(readHash(`#seed=${encodeURIComponent(raw)}`).values.seed);
    }), RUNS);
  });
});
