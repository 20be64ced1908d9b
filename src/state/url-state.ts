/**
 * The part of the app's state that lives in the URL, declared once as a table (name in the URL,
 * how to read it, how to write it), so a link reproduces the same comparison and the same numbers.
 * Bad values are reported, in English and French, and replaced by defaults; nothing in a URL is
 * ever executed. Numbers follow the one rule of `scenario/values.ts` (as on the command line):
 * `seed=` (empty), `0x10`, `+5` or ` 5` are reported, never read as something else; a parameter
 * given twice is reported and its first value kept.
 */

import { readLevers, writeLevers, type Levers } from '../scenario/levers';
import { readStudyLink, writeStudyLink, type StudyLink } from './study-link';
import { LIMITS } from '../scenario/limits';
import { readWholeNumber } from '../scenario/values';
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
  /** The view shown in presentation mode (e.g. "radar"), or null when not presenting. */
  presenting: string | null;
}

/** Most organisations compared at once. */
export const MAX_ORGANISATIONS = 12;

type Field<K extends keyof SharedState> = {
  key: K;
  param: string;
  read: (raw: string) => SharedState[K] | undefined;
  write: (value: SharedState[K]) => string;
  /** What a valid value looks like, for the message when a link holds a bad one. */
  expects: { en: string; fr: string };
};

/** A problem found in a link, in both languages (the page shows the one in use). */
export interface LinkProblem {
  en: string;
  fr: string;
}


const id = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const wholeNumber = (min: number, max: number) => (raw: string) => readWholeNumber(raw, min, max);

export const URL_FIELDS: [Field<'companyId'>, Field<'organisationIds'>, Field<'replications'>, Field<'seed'>, Field<'language'>, Field<'levers'>, Field<'sortBy'>, Field<'study'>, Field<'presenting'>] = [
  { key: 'companyId', param: 'company', read: (raw) => (id.test(raw) ? raw : undefined), write: (v) => v, expects: { en: 'a company id such as "sme"', fr: 'l’identifiant d’une entreprise, par exemple « sme »' } },
  {
    key: 'organisationIds',
    param: 'orgs',
    read: (raw) => {
      const ids = [...new Set(raw.split(',').filter(Boolean))]; // a repeated id counts once
      return ids.length > 0 && ids.length <= MAX_ORGANISATIONS && ids.every((x) => id.test(x)) ? ids : undefined;
    },
    write: (v) => v.join(','),
    expects: { en: 'one to twelve organisation ids separated by commas', fr: 'un à douze identifiants d’organisations séparés par des virgules' },
  },
  { key: 'replications', param: 'reps', read: wholeNumber(1, LIMITS.appReplications), write: String, expects: { en: `a whole number from 1 to ${LIMITS.appReplications}`, fr: `un nombre entier de 1 à ${LIMITS.appReplications}` } },
  { key: 'seed', param: 'seed', read: wholeNumber(0, LIMITS.seed), write: String, expects: { en: `a whole number from 0 to ${LIMITS.seed}`, fr: `un nombre entier de 0 à ${LIMITS.seed}` } },
  { key: 'language', param: 'lang', read: (raw) => (raw === 'en' || raw === 'fr' ? raw : undefined), write: (v) => v, expects: { en: '"en" or "fr"', fr: '« en » ou « fr »' } },
  {
    key: 'levers',
    param: 'levers',
    // Each bad lever is reported by readHash; the good ones are kept.
    read: (raw) => readLevers(raw).levers,
    write: writeLevers,
    expects: { en: 'levers such as "volume:2;crisis:1" (see the Explore panel)', fr: 'des leviers comme « volume:2;crisis:1 » (voir le panneau Explorer)' },
  },
  // A figure the scorecard does not show is ignored there, so any well-formed key is taken.
  { key: 'sortBy', param: 'sort', read: (raw) => (/^[a-zA-Z0-9_.]{1,64}$/.test(raw) ? raw : undefined), write: (v) => v ?? '', expects: { en: 'a figure of the scorecard such as "cost.perResolved"', fr: 'un chiffre du tableau de bord, par exemple « cost.perResolved »' } },
  { key: 'study', param: 'study', read: readStudyLink, write: (v) => (v ? writeStudyLink(v) : ''), expects: { en: 'a study such as "size;target:sla:0.8;hours:preset" or "sweep;target:sla:0.8;volume:0.25:4:9;reps:5;hours:preset"', fr: 'une étude, par exemple « size;target:sla:0.8;hours:preset » ou « sweep;target:sla:0.8;volume:0.25:4:9;reps:5;hours:preset »' } },
  // A view the page does not have is presented from the first one.
  { key: 'presenting', param: 'present', read: (raw) => (/^[a-z]{1,24}$/.test(raw) ? raw : undefined), write: (v) => v ?? '', expects: { en: 'a view such as "radar"', fr: 'une vue, par exemple « radar »' } },
];

/** The presets a link may name; ids outside them are dropped with a message. */
export interface KnownIds {
  companies: string[];
  organisations: string[];
}

const cut = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Reads a URL hash: the values it sets, and one problem per bad, repeated or unknown parameter. */
export function readHash(hash: string, known?: KnownIds): { values: Partial<SharedState>; problems: LinkProblem[] } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const values: Partial<SharedState> = {};
  const problems: LinkProblem[] = [];
  const seen = new Set<string>();
  for (const [param, raw] of params) {
    if (param === DRAFTS_PARAM) continue; // read by link-drafts.ts
    const field = URL_FIELDS.find((f) => f.param === param);
    if (!field) {
      problems.push({ en: `unknown link parameter "${cut(param)}" was ignored`, fr: `le paramètre inconnu « ${cut(param)} » a été ignoré` });
      continue;
    }
    if (seen.has(param)) {
      problems.push({ en: `"${param}" is given twice in the link: the first was used`, fr: `« ${param} » figure deux fois dans le lien : le premier a été utilisé` });
      continue;
    }
    seen.add(param);
    if (field.key === 'levers') {
      for (const [i, en] of readLevers(raw, 'en').problems.entries()) problems.push({ en: `in the link, ${en}; it was left at neutral`, fr: `dans le lien, ${readLevers(raw, 'fr').problems[i]!} ; il est resté neutre` });
    }
    const value = field.read(raw);
    if (value === undefined) {
      const given = raw === '' ? { en: 'it is empty', fr: 'il est vide' } : { en: `not "${cut(raw)}"`, fr: `et non « ${cut(raw)} »` };
      problems.push({
        en: `"${param}" in the link must be ${field.expects.en} (${given.en}); the default was used`,
        fr: `« ${param} » dans le lien doit être ${field.expects.fr} (${given.fr}) ; la valeur par défaut a été utilisée`,
      });
    } else (values as Record<string, unknown>)[field.key] = value;
  }
  if (known && values.companyId !== undefined && !known.companies.includes(values.companyId)) {
    problems.push({
      en: `there is no company "${values.companyId}" (there are ${known.companies.join(', ')}); the default was used`,
      fr: `il n’y a pas d’entreprise « ${values.companyId} » (il y a ${known.companies.join(', ')}) ; la valeur par défaut a été utilisée`,
    });
    delete values.companyId;
  }
  if (known && values.organisationIds) {
    const unknown = values.organisationIds.filter((o) => !known.organisations.includes(o));
    if (unknown.length > 0) {
      const names = unknown.map((o) => `"${o}"`).join(', ');
      problems.push({ en: `there is no organisation ${names}; it was left out`, fr: `il n’y a pas d’organisation ${names.replace(/"([^"]*)"/g, '« $1 »')} ; elle a été laissée de côté` });
    }
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
