/**
 * The levers of the Explore panel, declared once as a table: each lever's neutral value, how it is
 * written in a link and on the command line (`--levers`), the control that moves it, and how it
 * changes a loaded scenario. The Explore panel, the link, `--levers` and the printed settings all
 * come from this table; the locales are typed by its names, so a lever without its label does not
 * compile. Adding a lever: an entry here and its label in `ui/locales/en.ts` and `fr.ts`.
 *
 * Levers apply as a pure transformation: the same levers give the same scenario, so a link with
 * levers reproduces the same numbers. A lever at its neutral value leaves the scenario as written.
 */
import type { Scenario } from './load';
import { headcountScale } from './scale';
import { readDecimal } from './values';

/** How the panel moves a lever; the words for its value follow from the kind. */
export type LeverControl =
  /** A range; its value is written "×2" (times) or "50%" (percent). */
  | { kind: 'slider'; min: number; max: number; step: number; format: 'times' | 'percent' }
  /** A range that may be switched off (null: as in each file, written "as in each organisation"). */
  | { kind: 'optionalSlider'; min: number; max: number; step: number; format: 'times' | 'percent'; whenSwitchedOn: number }
  /** One of a few values, each with the key of its words under `lever/` in the locales. */
  | { kind: 'choice'; options: readonly { value: string; label: string }[] }
  /** On or off. */
  | { kind: 'switch' };

export interface Lever<T> {
  neutral: T;
  /** Reads the written form; undefined when it is not valid. */
  read: (raw: string) => T | undefined;
  write: (value: T) => string;
  /** What a valid written value looks like, in each language, for the message when one is not. */
  expects: { en: string; fr: string };
  control: LeverControl;
  /** Changes `scenario` (a copy) for a value other than neutral. */
  apply: (scenario: Scenario, value: T) => void;
}

const number = (min: number, max: number) => (raw: string) => readDecimal(raw, min, max);
const oneOf = <T extends string>(...values: T[]) => (raw: string) => (values as string[]).includes(raw) ? (raw as T) : undefined;
const flag = (raw: string) => (raw === '1' ? true : raw === '0' ? false : undefined);
const writeFlag = (v: boolean) => (v ? '1' : '0');

const CM_ROLES = new Set(['cm', 'conductor', 'agency']);
const FACING_ROLES = new Set(['front', 'cm', 'conductor', 'agency']);

/** Every lever, in the order the panel shows them, the link writes them and they apply. */
export const LEVERS = {
  /** Multiplier of every public's contact rate (inbound volume). */
  volume: {
    neutral: 1, read: number(0.1, 10), write: String, expects: { en: 'a number from 0.1 to 10', fr: 'un nombre de 0.1 à 10' },
    control: { kind: 'slider', min: 0.25, max: 4, step: 0.25, format: 'times' },
    apply: (s, volume) => {
      // The same people facing more (or less) demand: freeze headcounts sized by volume first.
      const scale = headcountScale(s.company);
      for (const u of s.organisation.units) {
        if (u.scaleWith === 'volume') { u.headcount *= scale.volume; u.scaleWith = 'none'; }
      }
      for (const p of s.company.publics) p.contactsPerMonth *= volume;
    },
  } satisfies Lever<number>,
  /** Multiplier of the headcount of community-management units (CM, conductor, agency). */
  cmHeadcount: {
    neutral: 1, read: number(0, 10), write: String, expects: { en: 'a number from 0 to 10', fr: 'un nombre de 0 à 10' },
    control: { kind: 'slider', min: 0, max: 3, step: 0.25, format: 'times' },
    apply: (s, times) => { for (const u of s.organisation.units) if (CM_ROLES.has(u.role)) u.headcount *= times; },
  } satisfies Lever<number>,
  /** Autonomy of community-management units on their expertise, or null to keep each file's. */
  cmAutonomy: {
    neutral: null as number | null,
    read: (raw) => (raw === 'preset' ? null : number(0, 1)(raw)),
    write: (v) => (v === null ? 'preset' : String(v)),
    expects: { en: 'a number from 0 to 1, or "preset"', fr: 'un nombre de 0 à 1, ou « preset »' },
    control: { kind: 'optionalSlider', min: 0, max: 1, step: 0.05, format: 'percent', whenSwitchedOn: 0.5 },
    apply: (s, autonomy) => { for (const u of s.organisation.units) if (CM_ROLES.has(u.role) && autonomy !== null) u.autonomy = autonomy; },
  } satisfies Lever<number | null>,
  /** Make every referral committed or optional, or keep each file's. */
  commitment: {
    neutral: 'preset' as 'preset' | 'committed' | 'optional',
    read: oneOf('preset', 'committed', 'optional'), write: String, expects: { en: '"preset", "committed" or "optional"', fr: '« preset », « committed » ou « optional »' },
    control: { kind: 'choice', options: [{ value: 'preset', label: 'preset' }, { value: 'committed', label: 'committed' }, { value: 'optional', label: 'optional' }] },
    apply: (s, commitment) => {
      if (commitment === 'preset') return;
      for (const r of s.organisation.routing.referrals) {
        r.commitment = commitment;
        if (commitment === 'committed') r.forgetProbability = 0;
      }
    },
  } satisfies Lever<'preset' | 'committed' | 'optional'>,
  /** Multiplier of volunteer pools' participation (initial and target). */
  participation: {
    neutral: 1, read: number(0, 2), write: String, expects: { en: 'a number from 0 to 2', fr: 'un nombre de 0 à 2' },
    control: { kind: 'slider', min: 0, max: 1.5, step: 0.1, format: 'times' },
    apply: (s, times) => {
      for (const u of s.organisation.units) {
        if (!u.participation) continue;
        u.participation.initial = Math.min(1, u.participation.initial * times);
        if (u.participation.target !== undefined) u.participation.target = Math.min(1, u.participation.target * times);
      }
    },
  } satisfies Lever<number>,
  /** Whether animation tasks run (off: participation decays). */
  animation: {
    neutral: true as boolean, read: flag, write: writeFlag, expects: { en: '1 or 0', fr: '1 ou 0' },
    control: { kind: 'switch' },
    apply: (s, on) => { if (!on) s.organisation.tasks = s.organisation.tasks.filter((t) => t.animates.length === 0); },
  } satisfies Lever<boolean>,
  /** Hours of the units facing customers (front, CM, conductor, agency): as written, office, extended (evenings and Saturdays) or 24/7. */
  hours: {
    neutral: 'preset' as 'preset' | 'office' | 'extended' | '24/7',
    read: oneOf('preset', 'office', 'extended', '24/7'), write: String, expects: { en: '"preset", "office", "extended" or "24/7"', fr: '« preset », « office », « extended » ou « 24/7 »' },
    control: { kind: 'choice', options: [{ value: 'preset', label: 'preset' }, { value: 'office', label: 'office' }, { value: 'extended', label: 'extended' }, { value: '24/7', label: 'always' }] },
    apply: (s, hours) => { if (hours !== 'preset') for (const u of s.organisation.units) if (FACING_ROLES.has(u.role)) u.hours = hours; },
  } satisfies Lever<'preset' | 'office' | 'extended' | '24/7'>,
  /** Switch on every crisis episode the company describes. */
  crisis: {
    neutral: false as boolean, read: flag, write: writeFlag, expects: { en: '1 or 0', fr: '1 ou 0' },
    control: { kind: 'switch' },
    apply: (s, on) => { if (on && s.company.badBuzz) for (const e of s.company.badBuzz.scripted) e.enabled = true; },
  } satisfies Lever<boolean>,
};

export type LeverName = keyof typeof LEVERS;
export type Levers = { [K in LeverName]: (typeof LEVERS)[K]['neutral'] };

export const LEVER_NAMES = Object.keys(LEVERS) as LeverName[];

/** The table's entry for `name`, typed loosely for code that walks every lever. */
export const leverOf = (name: LeverName) => LEVERS[name] as unknown as Lever<unknown>;

export const NEUTRAL_LEVERS: Levers = Object.fromEntries(LEVER_NAMES.map((k) => [k, LEVERS[k].neutral])) as Levers;

/** Whether a lever is at its neutral value (compared in written form, so any value type works). */
export const isNeutral = (name: LeverName, value: unknown) => leverOf(name).write(value) === leverOf(name).write(LEVERS[name].neutral);

export const allNeutral = (levers: Levers) => LEVER_NAMES.every((k) => isNeutral(k, levers[k]));

/** The levers moved away from neutral, in the table's order. */
export const movedLevers = (levers: Levers) => LEVER_NAMES.filter((k) => !isNeutral(k, levers[k]));

export function applyLevers(scenario: Scenario, levers: Levers): Scenario {
  const s = structuredClone(scenario);
  for (const name of movedLevers(levers)) leverOf(name).apply(s, levers[name]);
  return s;
}

/**
 * Reads "volume:2;crisis:1" (missing levers stay neutral); every bad part is named, in `language`,
 * and left out while the good ones are kept. The same rule serves the link and `--levers`.
 */
export function readLevers(text: string, language: 'en' | 'fr' = 'en'): { levers: Levers; problems: string[] } {
  const levers: Levers = { ...NEUTRAL_LEVERS };
  const problems: string[] = [];
  const seen = new Set<string>();
  const fr = language === 'fr';
  for (const part of text.split(/[;,]/).filter(Boolean)) {
    const [name, raw = '', ...extra] = part.split(':') as [string, string | undefined, ...string[]];
    const shown = name.slice(0, 30);
    if (!Object.hasOwn(LEVERS, name)) {
      problems.push(fr ? `levier inconnu « ${shown} » ; leviers : ${LEVER_NAMES.join(', ')}` : `unknown lever "${shown}"; levers: ${LEVER_NAMES.join(', ')}`);
      continue;
    }
    if (seen.has(name)) { problems.push(fr ? `le levier « ${name} » est donné deux fois : le premier compte` : `lever "${name}" is given twice: the first counts`); continue; }
    seen.add(name);
    const lever = leverOf(name as LeverName);
    const value = extra.length ? undefined : lever.read(raw);
    if (value === undefined) problems.push(fr ? `le levier « ${name} » doit être ${lever.expects.fr}` : `lever "${name}" must be ${lever.expects.en}`);
    else (levers as Record<string, unknown>)[name] = value;
  }
  return { levers, problems };
}

/** Writes only the levers that differ from neutral ("" when all are neutral). */
export function writeLevers(levers: Levers): string {
  return movedLevers(levers).map((k) => `${k}:${leverOf(k).write(levers[k])}`).join(';');
}
