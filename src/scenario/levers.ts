/**
 * The levers of the Explore panel, applied to loaded scenarios as a pure transformation: the same
 * levers give the same scenario, so a link with levers reproduces the same numbers. The neutral
 * value of every lever leaves the scenario exactly as written.
 */
import type { Scenario } from './load';
import { headcountScale } from './scale';

export interface Levers {
  /** Multiplier of every public's contact rate (inbound volume). */
  volume: number;
  /** Multiplier of the headcount of community-management units (CM, conductor, agency). */
  cmHeadcount: number;
  /** Autonomy of community-management units on their expertise, or null to keep each file's. */
  cmAutonomy: number | null;
  /** Make every referral committed or optional, or keep each file's. */
  commitment: 'preset' | 'committed' | 'optional';
  /** Multiplier of volunteer pools' participation (initial and target). */
  participation: number;
  /** Whether animation tasks run (off: participation decays). */
  animation: boolean;
  /** Hours of the units facing customers (front, CM, conductor, agency): as written, office, or 24/7. */
  hours: 'preset' | 'office' | '24/7';
  /** Switch on every crisis episode the company describes. */
  crisis: boolean;
}

export const NEUTRAL_LEVERS: Levers = {
  volume: 1,
  cmHeadcount: 1,
  cmAutonomy: null,
  commitment: 'preset',
  participation: 1,
  animation: true,
  hours: 'preset',
  crisis: false,
};

const CM_ROLES = new Set(['cm', 'conductor', 'agency']);
const FACING_ROLES = new Set(['front', 'cm', 'conductor', 'agency']);

export function applyLevers(scenario: Scenario, levers: Levers): Scenario {
  const s = structuredClone(scenario);
  if (levers.volume !== 1) {
    // The same people facing more (or less) demand: freeze headcounts sized by volume first.
    const scale = headcountScale(s.company);
    for (const u of s.organisation.units) {
      if (u.scaleWith === 'volume') { u.headcount *= scale.volume; u.scaleWith = 'none'; }
    }
    for (const p of s.company.publics) p.contactsPerMonth *= levers.volume;
  }
  if (levers.crisis && s.company.badBuzz) for (const e of s.company.badBuzz.scripted) e.enabled = true;
  for (const u of s.organisation.units) {
    if (CM_ROLES.has(u.role)) {
      u.headcount *= levers.cmHeadcount;
      if (levers.cmAutonomy !== null) u.autonomy = levers.cmAutonomy;
    }
    if (u.participation) {
      u.participation.initial = Math.min(1, u.participation.initial * levers.participation);
      if (u.participation.target !== undefined) u.participation.target = Math.min(1, u.participation.target * levers.participation);
    }
    if (levers.hours !== 'preset' && FACING_ROLES.has(u.role)) u.hours = levers.hours;
  }
  if (levers.commitment !== 'preset') {
    for (const r of s.organisation.routing.referrals) {
      r.commitment = levers.commitment;
      if (levers.commitment === 'committed') r.forgetProbability = 0;
    }
  }
  if (!levers.animation) s.organisation.tasks = s.organisation.tasks.filter((t) => t.animates.length === 0);
  return s;
}

type LeverSpec = { [K in keyof Levers]: { read: (raw: string) => Levers[K] | undefined; write: (v: Levers[K]) => string; expects: string } };

const number = (min: number, max: number) => (raw: string) => {
  const n = Number(raw);
  return raw !== '' && Number.isFinite(n) && n >= min && n <= max ? n : undefined;
};
const oneOf = <T extends string>(...values: T[]) => (raw: string) => (values as string[]).includes(raw) ? (raw as T) : undefined;
const flag = (raw: string) => (raw === '1' ? true : raw === '0' ? false : undefined);

/** How each lever is written in a link or on the command line, and what it accepts. */
export const LEVER_SPEC: LeverSpec = {
  volume: { read: number(0.1, 10), write: String, expects: 'a number from 0.1 to 10' },
  cmHeadcount: { read: number(0, 10), write: String, expects: 'a number from 0 to 10' },
  cmAutonomy: { read: (raw) => (raw === 'preset' ? null : number(0, 1)(raw)), write: (v) => (v === null ? 'preset' : String(v)), expects: 'a number from 0 to 1, or "preset"' },
  commitment: { read: oneOf('preset', 'committed', 'optional'), write: String, expects: '"preset", "committed" or "optional"' },
  participation: { read: number(0, 2), write: String, expects: 'a number from 0 to 2' },
  animation: { read: flag, write: (v) => (v ? '1' : '0'), expects: '1 or 0' },
  hours: { read: oneOf('preset', 'office', '24/7'), write: String, expects: '"preset", "office" or "24/7"' },
  crisis: { read: flag, write: (v) => (v ? '1' : '0'), expects: '1 or 0' },
};

/** Reads "volume:2;crisis:1" (missing levers stay neutral); every bad part is named. */
export function readLevers(text: string): { levers: Levers; problems: string[] } {
  const levers: Levers = { ...NEUTRAL_LEVERS };
  const problems: string[] = [];
  for (const part of text.split(/[;,]/).filter(Boolean)) {
    const [name, raw = ''] = part.split(':', 2) as [string, string | undefined];
    if (!Object.hasOwn(LEVER_SPEC, name)) { problems.push(`unknown lever "${name.slice(0, 30)}"; levers: ${Object.keys(LEVER_SPEC).join(', ')}`); continue; }
    const spec = LEVER_SPEC[name as keyof Levers];
    const value = spec.read(raw);
    if (value === undefined) problems.push(`lever "${name}" must be ${spec.expects}`);
    else (levers as unknown as Record<string, unknown>)[name] = value;
  }
  return { levers, problems };
}

/** Writes only the levers that differ from neutral ("" when all are neutral). */
export function writeLevers(levers: Levers): string {
  return (Object.keys(LEVER_SPEC) as (keyof Levers)[])
    .filter((k) => levers[k] !== NEUTRAL_LEVERS[k])
    .map((k) => `${k}:${(LEVER_SPEC[k].write as (v: unknown) => string)(levers[k])}`)
    .join(';');
}
