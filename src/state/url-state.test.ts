import { describe, expect, it } from 'vitest';
import { NEUTRAL_LEVERS } from '../scenario/levers';
import { readHash, writeHash, type SharedState } from './url-state';
import { DEFAULT_STUDY } from './study-link';

const state: SharedState = { companyId: 'sme', organisationIds: ['funnel', 'coordinator'], replications: 10, seed: 42, language: 'fr', levers: { ...NEUTRAL_LEVERS, volume: 2, crisis: true }, sortBy: 'cost.perResolved', study: { ...DEFAULT_STUDY, view: 'sweep', target: 'sla:0.9@intent:complaint/60m,public:0.8', volume: '0.5:2:5', replications: 7, hours: 'extended' } };

describe('state in the URL', () => {
  it('a written link reads back to the same state', () => {
    expect(readHash(writeHash(state))).toEqual({ values: state, problems: [] });
  });

  it('a study reads back from its link, and a bad one is named', () => {
    expect(writeHash(state)).toContain('study=sweep;target:sla:0.9@intent:complaint/60m,public:0.8;volume:0.5:2:5;reps:7;hours:extended');
    expect(readHash('#study=sweep;target:sla:2').problems.join()).toMatch(/"study" in the link must be a study such as/);
    expect(readHash('#study=size;volume:9:1:3').values).toEqual({});
  });

  it('bad values are named, ignored and replaced by defaults', () => {
    const { values, problems } = readHash('#company=SME!!&reps=0&seed=-1&lang=de&orgs=&x=1');
    expect(values).toEqual({});
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/"reps" in the link must be a whole number from 1 to 100/);
    expect(problems.join('\n')).toMatch(/unknown link parameter "x"/);
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
    expect(problems).toEqual([
      'there is no company "nope" (there are sme, bank); the default was used',
      'there is no organisation "zzz"; it was left out',
    ]);
    expect(readHash('#orgs=zzz', known).values).toEqual({});
  });
});
