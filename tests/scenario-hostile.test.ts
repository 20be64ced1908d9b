/**
 * Scenario files that used to become something else without a word: each must now be refused
 * with a problem at its path that says what is allowed. Built from scenarios/mmc-erlang.yaml (a
 * valid self-contained scenario) with one change each.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { ScenarioIssue } from '../src/scenario/issues';
import { loadScenario, type Resolver } from '../src/scenario/load';
import { decodeScenarioBytes } from '../src/scenario/parse';

const MMC_TEXT = readFileSync(new URL('../scenarios/mmc-erlang.yaml', import.meta.url), 'utf8');
const noFiles: Resolver = () => undefined;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const mmc = (): any => parse(MMC_TEXT);

function issues(text: string): ScenarioIssue[] {
  const loaded = loadScenario(text, 'test.yaml', noFiles);
  if (loaded.ok) throw new Error('expected the file to be refused, but it loaded');
  return loaded.issues;
}

function issueAt(text: string, path: string): ScenarioIssue {
  const all = issues(text);
  const found = all.find((i) => i.path === path);
  if (!found) throw new Error(`no issue at "${path}"; issues:\n${JSON.stringify(all, null, 2)}`);
  return found;
}

describe('opening hours', () => {
  it('refuses a span that opens and closes at the same time instead of reading it as 24 hours', () => {
    const data = mmc();
    data.organisation.units[0].hours = [{ days: 'mon-fri', from: '09:00', to: '09:00' }];
    const issue = issueAt(stringify(data), 'organisation.units[0].hours[0].to');
    expect(issue.message).toMatch(/opens and closes at the same time/);
    expect(issue.message).toMatch(/"00:00" to "24:00"/);
  });

  it('refuses 24:30, since times run to 24:00, and still takes 24:00', () => {
    const data = mmc();
    data.organisation.units[0].hours = [{ days: 'mon-fri', from: '20:00', to: '24:30' }];
    expect(issueAt(stringify(data), 'organisation.units[0].hours[0].to').message).toMatch(/from "00:00" to "24:00"/);
    data.organisation.units[0].hours = [{ days: 'mon-fri', from: '20:00', to: '24:00' }];
    expect(loadScenario(stringify(data), 'test.yaml', noFiles).ok).toBe(true);
  });

  it('still takes an overnight span (22:00 to 06:00)', () => {
    const data = mmc();
    data.organisation.units[0].hours = [{ days: 'mon-sun', from: '22:00', to: '06:00' }];
    expect(loadScenario(stringify(data), 'test.yaml', noFiles).ok).toBe(true);
  });
});

describe('weights', () => {
  it('refuses empirical weights so large their sum overflows (1e308 would sample only the last value)', () => {
    const data = mmc();
    data.organisation.units[0].handling = { dist: 'empirical', values: [1, 2, 3], weights: [1e308, 1e308, 1] };
    expect(issueAt(stringify(data), 'organisation.units[0].handling.weights[0]').message).toMatch(/relative: at most 1e9/);
  });

  it('reports a __proto__ key in a mix instead of dropping it', () => {
    const text = MMC_TEXT.replace('channels: { phone: 1 }', 'channels: { phone: 1, __proto__: 3 }');
    expect(issueAt(text, 'company.publics[0].channels.__proto__').message).toMatch(/unknown key "__proto__"/);
    expect(({} as Record<string, unknown>).phone).toBeUndefined();
  });

  it('reports a __proto__ key in a routing table', () => {
    const text = MMC_TEXT.replace('entry: { phone: agents }', 'entry: { phone: agents, __proto__: agents }');
    expect(issueAt(text, 'organisation.routing.entry.__proto__').message).toMatch(/unknown key "__proto__"/);
  });
});

describe('what is not plain UTF-8 text', () => {
  it('names UTF-16, with or without a byte-order mark, instead of "the file must hold a mapping"', () => {
    for (const bytes of [Buffer.from(`\ufeff${MMC_TEXT}`, 'utf16le'), Buffer.from(MMC_TEXT, 'utf16le'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(MMC_TEXT, 'utf16le').swap16()])]) {
      const decoded = decodeScenarioBytes(bytes);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.message).toMatch(/UTF-16; save it as UTF-8/);
    }
  });

  it('names UTF-16 read as if it were UTF-8 (a browser reading a file as text)', () => {
    const misread = new TextDecoder('utf-8').decode(Buffer.from(`\ufeff${MMC_TEXT}`, 'utf16le'));
    expect(issues(misread)[0]!.message).toMatch(/UTF-16/);
    const misreadNoMark = new TextDecoder('utf-8').decode(Buffer.from(MMC_TEXT, 'utf16le'));
    expect(issues(misreadNoMark)[0]!.message).toMatch(/UTF-16/);
  });

  it('decodes UTF-8 with or without a byte-order mark', () => {
    expect(decodeScenarioBytes(Buffer.from(MMC_TEXT))).toEqual({ ok: true, text: MMC_TEXT });
    const withMark = decodeScenarioBytes(Buffer.from(`\ufeff${MMC_TEXT}`));
    expect(withMark.ok && loadScenario(withMark.text, 'test.yaml', noFiles).ok).toBe(true);
  });

  it('names a NUL character and where it is, instead of "a whole number from 1 to 1"', () => {
    const all = issues(MMC_TEXT.replace('version: 1\nkind: scenario', 'version: 1\u0000\nkind: scenario'));
    expect(all).toHaveLength(1);
    expect(all[0]!.message).toMatch(/NUL character \(line 3, column 11\)/);
  });
});

describe('aliases', () => {
  it('refuses a list that contains itself, at its path, instead of crashing later', () => {
    expect(issueAt('version: 1\nkind: &k [*k]\n', 'kind[0]').message).toMatch(/contains itself through an alias/);
  });

  it('refuses a mapping that contains itself deep in an inline company', () => {
    const text = MMC_TEXT.replace('quality: { inconsistencyBase: 0 }', 'quality: &q { inconsistencyBase: 0, again: [*q] }');
    expect(issueAt(text, 'company.quality.again[0]').message).toMatch(/contains itself/);
  });

  it('still takes an anchor that does not contain itself', () => {
    const text = MMC_TEXT.replace('handling: { dist: exponential, mean: 4 }', 'handling: &h { dist: exponential, mean: 4 }');
    expect(loadScenario(text, 'test.yaml', noFiles).ok).toBe(true);
  });
});
