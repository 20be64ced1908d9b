/**
 * Service targets a staffing must meet, written as text so the CLI, the link and the app share one
 * form: `<measure>:<level>[@<scope>:<id>][/<time>]`, several joined by commas (all must be met).
 *
 *   sla:0.8                    80% of first responses within each channel's expected time
 *   sla:0.8/20s                …within 20 seconds on every channel
 *   sla:0.9@intent:complaint   90% of complaints answered within their channel's time
 *   sla:0.9@channel:facebook/60m
 *   answered:0.95, public:0.9  share answered at all; share of public messages answered
 *
 * A time replaces the expected response time of the channels in scope (the one named by @channel,
 * else all of them: "complaints answered within 60 min" on every channel): it
 * is also what customers count as timely, as written in the company file. Owns parsing and the
 * metric key of a target. Pure.
 */
import type { Scenario } from '../scenario/load';

export const MEASURES = ['sla', 'answered', 'public'] as const;
export type Measure = (typeof MEASURES)[number];
const SCOPES = ['channel', 'intent', 'public'] as const;

export interface Target {
  measure: Measure;
  level: number;
  scope?: { kind: (typeof SCOPES)[number]; id: string };
  /** Minutes; replaces the expected response time of the channels in scope. */
  withinMinutes?: number;
}

export const TARGET_FORMS = 'sla:0.8, sla:0.8/20s, sla:0.9@intent:complaint/60m, sla:0.8@channel:phone, answered:0.95, public:0.9';

const UNIT_MINUTES: Record<string, number> = { s: 1 / 60, m: 1, min: 1, h: 60, d: 1440 };

function readTime(raw: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(s|m|min|h|d)$/.exec(raw);
  if (!match) return undefined;
  const minutes = Number(match[1]) * UNIT_MINUTES[match[2]!]!;
  return minutes > 0 && minutes <= 30 * 1440 ? minutes : undefined;
}

/** Reads "sla:0.8@channel:phone/20s,answered:0.9"; each bad part is named with the fix. */
export function readTargets(text: string): { targets: Target[]; problems: string[] } {
  const targets: Target[] = [];
  const problems: string[] = [];
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) problems.push(`the target is empty; write one like ${TARGET_FORMS}`);
  for (const part of parts.slice(0, 20)) {
    const match = /^([a-z]+):([0-9.]+)(?:@([a-z]+):([A-Za-z0-9_-]+))?(?:\/([0-9.]+[a-z]+))?$/.exec(part);
    if (!match) { problems.push(`target "${part.slice(0, 40)}" is not understood; write it like ${TARGET_FORMS}`); continue; }
    const [, measure, rawLevel, scopeKind, scopeId, rawTime] = match as unknown as [string, string, string, string | undefined, string | undefined, string | undefined];
    if (!(MEASURES as readonly string[]).includes(measure)) { problems.push(`target measure "${measure}" is unknown; measures: ${MEASURES.join(', ')}`); continue; }
    const level = Number(rawLevel);
    if (!(level > 0 && level < 1)) { problems.push(`target level "${rawLevel}" must be a share above 0 and below 1 (0.8 for 80%); a level of 1 can never be shown with confidence`); continue; }
    const target: Target = { measure: measure as Measure, level };
    if (scopeKind !== undefined) {
      if (!(SCOPES as readonly string[]).includes(scopeKind)) { problems.push(`target scope "${scopeKind}" is unknown; scopes: ${SCOPES.join(', ')}`); continue; }
      if (measure === 'public') { problems.push('the "public" measure already covers public channels; use answered:…@channel:<id> for one channel'); continue; }
      target.scope = { kind: scopeKind as (typeof SCOPES)[number], id: scopeId! };
    }
    if (rawTime !== undefined) {
      const minutes = readTime(rawTime);
      if (minutes === undefined) { problems.push(`target time "${rawTime}" must be like 20s, 60m, 4h or 1d (at most 30 days)`); continue; }
      if (measure !== 'sla') { problems.push(`a time (/${rawTime}) only makes sense for the "sla" measure`); continue; }
      target.withinMinutes = minutes;
    }
    targets.push(target);
  }
  const timed = new Set<string>();
  for (const t of targets) {
    if (t.withinMinutes === undefined) continue;
    const key = t.scope?.kind === 'channel' ? t.scope.id : '*';
    if (timed.has(key) || (timed.size > 0 && (key === '*' || timed.has('*')))) problems.push('two targets set a time for the same channel; give each channel one time');
    timed.add(key);
  }
  return { targets, problems };
}

export function writeTarget(t: Target): string {
  const scope = t.scope ? `@${t.scope.kind}:${t.scope.id}` : '';
  const time = t.withinMinutes === undefined ? '' : t.withinMinutes < 1 ? `/${Math.round(t.withinMinutes * 60)}s` : `/${t.withinMinutes}m`;
  return `${t.measure}:${t.level}${scope}${time}`;
}

export const writeTargets = (targets: readonly Target[]) => targets.map(writeTarget).join(',');

/** The run metric a target reads. */
export function metricKey(t: Target): string {
  const leaf = t.measure === 'sla' ? 'sla' : 'answered';
  if (t.scope) return `${t.scope.kind}.${t.scope.id}.${leaf}`;
  return t.measure === 'sla' ? 'sla.attainment' : t.measure === 'answered' ? 'coverage.answered' : 'coverage.public';
}

/** Problems with targets on this company: scopes that name nothing. */
export function checkTargets(targets: readonly Target[], scenario: Scenario): string[] {
  const c = scenario.company;
  const known = { channel: c.channels.map((x) => x.id), intent: c.intents.map((x) => x.id), public: c.publics.map((x) => x.id) };
  return targets.flatMap((t) =>
    t.scope && !known[t.scope.kind].includes(t.scope.id)
      ? [`target ${writeTarget(t)}: the company has no ${t.scope.kind} "${t.scope.id}"; its ${t.scope.kind}s: ${known[t.scope.kind].join(', ')}`]
      : [],
  );
}

/** The scenario with the targets' times as its channels' expected response times. */
export function withTargetTimes(scenario: Scenario, targets: readonly Target[]): Scenario {
  const timed = targets.filter((t) => t.withinMinutes !== undefined);
  if (timed.length === 0) return scenario;
  const s = structuredClone(scenario);
  for (const t of timed) {
    for (const ch of s.company.channels) if (t.scope?.kind !== 'channel' || t.scope.id === ch.id) ch.expectedResponseMinutes = t.withinMinutes!;
  }
  return s;
}
