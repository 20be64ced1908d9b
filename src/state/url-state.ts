/**
 * The part of the app's state that lives in the URL, declared once as a table (name in the URL,
 * how to read it, how to write it), so a link reproduces the same comparison and the same numbers.
 * Bad values are reported and replaced by defaults; nothing in a URL is ever executed.
 */

import { readLevers, writeLevers, type Levers } from '../scenario/levers';
import { readStudyLink, writeStudyLink, type StudyLink } from './study-link';
import { LIMITS } from '../scenario/limits';
import { DRAFTS_PARAM } from './link-drafts';

export interface SharedState {
  companyId: string;
  organisationIds: string[];
  replications: number;
  seed: number;
  language: 'en' | 'fr';
  levers: Levers;
  /** Headline row the scorecard's columns are sorted by, or null for the selection order. */
  sortBy: string | null;
  /** The fair-comparison study in view (equal service or volume sweep), or null. */
  study: StudyLink | null;
}

/** Most organisations compared at once. */
export const MAX_ORGANISATIONS = 12;

type Field<K extends keyof SharedState> = {
  key: K;
  param: string;
  read: (raw: string) => SharedState[K] | undefined;
  write: (value: SharedState[K]) => string;
  /** What a valid value looks like, for the message when a link holds a bad one. */
  expects: string;
};

const id = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const wholeNumber = (min: number, max: number) => (raw: string) => {
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

export const URL_FIELDS: [Field<'companyId'>, Field<'organisationIds'>, Field<'replications'>, Field<'seed'>, Field<'language'>, Field<'levers'>, Field<'sortBy'>, Field<'study'>] = [
  { key: 'companyId', param: 'company', read: (raw) => (id.test(raw) ? raw : undefined), write: (v) => v, expects: 'a company id such as "sme"' },
  {
    key: 'organisationIds',
    param: 'orgs',
    read: (raw) => {
      const ids = [...new Set(raw.split(',').filter(Boolean))]; // a repeated id counts once
      return ids.length > 0 && ids.length <= MAX_ORGANISATIONS && ids.every((x) => id.test(x)) ? ids : undefined;
    },
    write: (v) => v.join(','),
    expects: 'one to twelve organisation ids separated by commas',
  },
  { key: 'replications', param: 'reps', read: wholeNumber(1, LIMITS.appReplications), write: String, expects: `a whole number from 1 to ${LIMITS.appReplications}` },
  { key: 'seed', param: 'seed', read: wholeNumber(0, LIMITS.seed), write: String, expects: `a whole number from 0 to ${LIMITS.seed}` },
  { key: 'language', param: 'lang', read: (raw) => (raw === 'en' || raw === 'fr' ? raw : undefined), write: (v) => v, expects: '"en" or "fr"' },
  {
    key: 'levers',
    param: 'levers',
    read: (raw) => { const r = readLevers(raw); return r.problems.length ? undefined : r.levers; },
    write: writeLevers,
    expects: 'levers such as "volume:2;crisis:1" (see the Explore panel)',
  },
  // A figure the scorecard does not show is ignored there, so any well-formed key is taken.
  { key: 'sortBy', param: 'sort', read: (raw) => (/^[a-zA-Z0-9_.]{1,64}$/.test(raw) ? raw : undefined), write: (v) => v ?? '', expects: 'a figure of the scorecard such as "cost.perResolved"' },
  { key: 'study', param: 'study', read: readStudyLink, write: (v) => (v ? writeStudyLink(v) : ''), expects: 'a study such as "size;target:sla:0.8;hours:preset" or "sweep;target:sla:0.8;volume:0.25:4:9;reps:5;hours:preset"' },
];

/** The presets a link may name; ids outside them are dropped with a message. */
export interface KnownIds {
  companies: string[];
  organisations: string[];
}

/** Reads a URL hash: the values it sets, and one message per bad or unknown parameter. */
export function readHash(hash: string, known?: KnownIds): { values: Partial<SharedState>; problems: string[] } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const values: Partial<SharedState> = {};
  const problems: string[] = [];
  for (const [param, raw] of params) {
    if (param === DRAFTS_PARAM) continue; // read by link-drafts.ts
    const field = URL_FIELDS.find((f) => f.param === param);
    if (!field) { problems.push(`unknown link parameter "${param.slice(0, 40)}" was ignored`); continue; }
    const value = field.read(raw);
    if (value === undefined) problems.push(`"${param}" in the link must be ${field.expects}; the default was used`);
    else (values as Record<string, unknown>)[field.key] = value;
  }
  if (known && values.companyId !== undefined && !known.companies.includes(values.companyId)) {
    problems.push(`there is no company "${values.companyId}" (there are ${known.companies.join(', ')}); the default was used`);
    delete values.companyId;
  }
  if (known && values.organisationIds) {
    const unknown = values.organisationIds.filter((o) => !known.organisations.includes(o));
    if (unknown.length > 0) problems.push(`there is no organisation ${unknown.map((o) => `"${o}"`).join(', ')}; it was left out`);
    values.organisationIds = values.organisationIds.filter((o) => known.organisations.includes(o));
    if (values.organisationIds.length === 0) delete values.organisationIds;
  }
  return { values, problems };
}

export function writeHash(state: SharedState): string {
  const params = new URLSearchParams();
  for (const field of URL_FIELDS) {
    const written = (field.write as (v: unknown) => string)(state[field.key]);
    if (written !== '') params.set(field.param, written); // neutral levers stay out of the link
  }
  return `#${params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%3B/g, ';').replace(/%2F/g, '/').replace(/%40/g, '@')}`;
}
