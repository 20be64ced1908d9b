import { describe, expect, it } from 'vitest';
import { NEUTRAL_LEVERS } from '../scenario/levers';
import { readHash, writeHash, type SharedState } from './url-state';
import { DEFAULT_STUDY } from './study-link';

const state: SharedState = { companyId: 'sme', organisationIds: ['funnel', 'coordinator'], replications: 10, seed: 42, language: 'fr', levers: { ...NEUTRAL_LEVERS, volume: 2, crisis: true }, sortBy: 'cost.perResolved', study: { ...DEFAULT_STUDY, view: 'sweep', target: 'sla:0.9@intent:complaint/60m,public:0.8', volume: '0.5:2:5', replications: 7, hours: 'extended' }, presenting: 'radar' };

describe('state in the URL', () => {
  it('a written link reads back to the same state', () => {
    expect(readHash(writeHash(state))).toEqual({ values: state, problems: [] });
  });

  it('a study reads back from its link, and a bad one is named', () => {
    expect(writeHash(state)).toContain('study=sweep;target:sla:0.9@intent:complaint/60m,public:0.8;volume:0.5:2:5;reps:7;hours:extended');
    expect(readHash('#study=sweep;target:sla:2').problems.map((p) => p.en).join()).toMatch(/"study" in the link must be a study such as/);
    expect(readHash('#study=size;volume:9:1:3').values).toEqual({});
  });

  it('bad values are named, ignored and replaced by defaults', () => {
    const { values, problems } = readHash('#company=SME!!&reps=0&seed=-1&lang=de&orgs=&x=1');
    expect(values).toEqual({});
    expect(problems).toHaveLength(6);
    expect(problems.map((p) => p.en).join('\n')).toMatch(/"reps" in the link must be a whole number from 1 to 100/);
    expect(problems.map((p) => p.en).join('\n')).toMatch(/unknown link parameter "x"/);
  });

  it('an organisation named twice in a link is compared once', () => {
    expect(readHash('#orgs=funnel,funnel,coordinator').values.organisationIds).toEqual(['funnel', 'coordinator']);
  });

  it('a link cannot inject markup: values outside the allowed shapes are refused', () => {
    expect(readHash('#company=<img src=x onerror=alert(1)>').values.companyId).toBeUndefined();
  });

  it('a company or organisation the app does not have is named and left out', () => {
    const known = { companies: ['sme', 'bank'], organisations: ['funnel', 'coordinator'] };
    const { values, problems } = readHash('#company=nope&orgs=funnel,,zzz', known);
    expect(values).toEqual({ organisationIds: ['funnel'] });
    expect(problems.map((p) => p.en)).toEqual([
      'there is no company "nope" (there are sme, bank); the default was used',
      'there is no organisation "zzz"; it was left out',
    ]);
    expect(problems.map((p) => p.fr)).toEqual([
      'il n’y a pas d’entreprise « nope » (il y a sme, bank) ; la valeur par défaut a été utilisée',
      'il n’y a pas d’organisation « zzz » ; elle a été laissée de côté',
    ]);
    expect(readHash('#orgs=zzz', known).values).toEqual({});
  });

  it('an empty seed is reported like an empty reps, never read as 0', () => {
    const { values, problems } = readHash('#seed=&reps=');
    expect(values).toEqual({});
    expect(problems.map((p) => p.en)).toEqual([
      '"seed" in the link must be a whole number from 0 to 4294967295 (it is empty); the default was used',
      '"reps" in the link must be a whole number from 1 to 100 (it is empty); the default was used',
    ]);
  });

  it('numbers in other notations are reported, not read as something else', () => {
    for (const raw of ['0x10', '0b11', '0o7', '+5', '%205', '5%20', '1e3', '5.0', '-0', 'Infinity', '４']) {
      const { values, problems } = readHash(`#seed=${raw}&reps=${raw}`);
      expect(values, raw).toEqual({});
      expect(problems, raw).toHaveLength(2);
    }
    expect(readHash('#seed=16&reps=007').values).toEqual({ seed: 16, replications: 7 });
  });

  it('a parameter given twice is reported and its first value kept', () => {
    const { values, problems } = readHash('#seed=1&seed=2&lang=fr&lang=en');
    expect(values).toEqual({ seed: 1, language: 'fr' });
    expect(problems.map((p) => p.en)).toEqual(['"seed" is given twice in the link: the first was used', '"lang" is given twice in the link: the first was used']);
  });

  it('a lever with two values, a bad value or given twice is reported; the good levers are kept', () => {
    const { values, problems } = readHash('#levers=volume:2:3;crisis:1;cmHeadcount:0x2;crisis:0');
    expect(values.levers).toEqual({ ...NEUTRAL_LEVERS, crisis: true });
    expect(problems.map((p) => p.en)).toEqual([
      'in the link, lever "volume" must be a number from 0.1 to 10; it was left at neutral',
      'in the link, lever "cmHeadcount" must be a number from 0 to 10; it was left at neutral',
      'in the link, lever "crisis" is given twice: the first counts; it was left at neutral',
    ]);
    expect(problems[0]!.fr).toBe('dans le lien, le levier « volume » doit être un nombre de 0.1 à 10 ; il est resté neutre');
  });

  it('every problem is said in French too, never in English inside the French interface', () => {
    const { problems } = readHash('#company=SME!!&reps=0&seed=&lang=de&orgs=&x=1&seed=3&levers=speed:9', { companies: ['sme'], organisations: ['funnel'] });
    expect(problems.length).toBeGreaterThan(5);
    for (const p of problems) {
      expect(p.fr).not.toBe(p.en);
      expect(p.fr).not.toMatch(/\b(the|was|must|link|given|unknown)\b/);
    }
  });
});
