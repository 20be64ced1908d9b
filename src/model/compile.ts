/**
 * Compiles a validated scenario (company + organisation + run settings) into the indexed form the
 * simulation runs. Pure: the same scenario always compiles to the same model.
 */
import { MINUTES_PER_DAY, MINUTES_PER_HOUR, WeeklyCalendar, WeeklyRate } from '../engine/calendar';
import { compileSampler } from '../engine/distributions';
import type { ReferralFile, UnitFile } from '../scenario/schema-organisation';
import type { Scenario } from '../scenario/schema-scenario';
import { headcountScale } from '../scenario/scale';
import { compileHours, compileProfile } from './calendars';
import {
  AnswerPath, NONE, WorkClass, type SharedSpace,
  type ArrivalStream, type CompiledChannel, type CompiledCrisis, type CompiledModel, type CompiledReferral, type CompiledUnit,
} from './compiled';

/**
 * The value a record holds under its own key `key`, or undefined. Ids such as "constructor" are
 * valid, so plain indexing would find Object's inherited members instead of nothing.
 */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

const MINUTES_PER_MONTH = 30 * MINUTES_PER_DAY;

/** Waiting for the real answer after a holding reply, where the channel does not say (an assumption: CALIBRATION.md). */
const DEFAULT_HOLDING_PATIENCE = { dist: 'lognormal', mean: 2 * MINUTES_PER_DAY, cv: 1 } as const;

function indexOf(ids: readonly string[]): (id: string | undefined | null) => number {
  const map = new Map(ids.map((id, i) => [id, i]));
  return (id) => (id == null ? NONE : (map.get(id) ?? NONE));
}

/** Cumulative weights over `ids` from a mix (missing ids weigh 0). */
function cumulative(ids: readonly string[], mix: Record<string, number>): Float64Array {
  const out = new Float64Array(ids.length);
  let total = 0;
  ids.forEach((id, i) => { total += own(mix, id) ?? 0; out[i] = total; });
  return out;
}

function share(mix: Record<string, number>, id: string): number {
  const total = Object.values(mix).reduce((s, w) => s + w, 0);
  return total > 0 ? (own(mix, id) ?? 0) / total : 0;
}

/** Does a referral rule take messages on this topic? */
function ruleTakes(rule: ReferralFile, topic: string, topicFunction: string): boolean {
  if (!rule.topics && !rule.functions) return true;
  return (rule.topics?.includes(topic) ?? false) || (rule.functions?.includes(topicFunction) ?? false);
}

/**
 * A public channel split by topic among several teams is a shared space (shared-space.ts); its
 * pick-up faults shrink by the strength of a coordination group that holds all those teams.
 */
function sharedSpace(isPublic: boolean, entryRow: Int32Array, unitIds: readonly string[], org: Scenario['organisation']): SharedSpace | null {
  const units = [...new Set(entryRow)].filter((u) => u !== NONE);
  if (!isPublic || units.length < 2) return null;
  const ids = units.map((u) => unitIds[u]!);
  const strength = Math.max(0, ...org.coordination.filter((g) => ids.every((id) => g.units.includes(id))).map((g) => g.strength));
  const { wrongTeam, twice, nobody } = org.routing.sharedSpaces;
  return { wrongTeam: wrongTeam * (1 - strength), twice: twice * (1 - strength), nobody: nobody * (1 - strength), units };
}

export function compileScenario({ company, organisation: org, run }: Scenario): CompiledModel {
  const functionIndex = indexOf(company.functions);
  const topicIds = company.topics.map((t) => t.id);
  const channelIds = company.channels.map((c) => c.id);
  const publicIds = company.publics.map((p) => p.id);
  const intentIds = company.intents.map((i) => i.id);
  const unitIds = org.units.map((u) => u.id);
  const unitIndex = indexOf(unitIds);
  const topics = company.topics.map((t) => ({ id: t.id, function: functionIndex(t.function) }));
  const scale = headcountScale(company);

  const calendars = company.channels.map((ch) => compileHours(ch.hours));
  const channelWeights = company.channels.map((ch, c) => compileProfile(ch.profile ?? company.profile, calendars[c]!));
  const channels = company.channels.map((ch, c) => ({
    id: ch.id,
    kind: ch.kind,
    isPublic: ch.public,
    live: ch.live,
    workClass: ch.priority ?? (ch.live ? WorkClass.Live : WorkClass.Regular),
    calendar: calendars[c]!,
    sharedSpace: null as SharedSpace | null,
    profile: new WeeklyRate(channelWeights[c]!),
    expected: ch.expectedResponseMinutes,
    costPerContact: ch.costPerContact,
    patience: ch.patience ? compileSampler(ch.patience) : null,
    holdingPatience: ch.patience ? compileSampler(ch.patienceAfterHolding ?? DEFAULT_HOLDING_PATIENCE) : null,
    switchTo: indexOf(channelIds)(ch.onAbandon.switchTo),
    switchProbability: ch.onAbandon.switchProbability,
    switchDelay: compileSampler(ch.onAbandon.switchDelay),
  }));

  const streams: ArrivalStream[] = [];
  /** Mean rate per minute of first contacts, by channel and public. */
  const normalRate = channels.map(() => new Float64Array(publicIds.length));
  company.publics.forEach((p, pi) => {
    channelIds.forEach((channelId, c) => {
      const mean = (p.size * p.contactsPerMonth * share(p.channels, channelId)) / MINUTES_PER_MONTH;
      if (mean <= 0) return;
      normalRate[c]![pi] = mean;
      streams.push({ public: pi, channel: c, rate: new WeeklyRate(channelWeights[c]!.map((w) => w * mean)) });
    });
  });

  const publics = company.publics.map((p) => ({
    id: p.id,
    organisedShare: p.organisedShare,
    organisedWeight: p.organisedWeight,
    goodAnswerTo: indexOf(publicIds)(p.goodAnswer?.becomes),
    goodAnswerProbability: p.goodAnswer?.probability ?? 0,
    intentCumulative: cumulative(intentIds, p.intents),
    topicCumulative: cumulative(topicIds, p.topics),
  }));

  const intents = company.intents.map((i) => ({
    id: i.id,
    expectsAnswer: i.expectsAnswer,
    insightFunction: functionIndex(i.insightFunction),
    visibilityWeight: i.visibilityWeight,
  }));

  const coordinationOf = (unitId: string) => {
    let strength = 0, overhead = 0;
    for (const g of org.coordination) {
      if (!g.units.includes(unitId)) continue;
      strength = Math.max(strength, g.strength);
      overhead += g.overheadMinutes;
    }
    return { strength, overhead };
  };

  const referrals: CompiledReferral[] = org.routing.referrals.map((r) => ({
    from: unitIndex(r.from),
    to: unitIndex(r.to),
    committed: r.commitment === 'committed',
    delay: compileSampler(r.delay),
    answer: r.answer === 'direct' ? AnswerPath.Direct : r.answer === 'chain' ? AnswerPath.ViaChain : AnswerPath.ViaEntry,
    forgetProbability: r.commitment === 'committed' ? 0 : r.forgetProbability,
    misrouteProbability: r.misrouteProbability,
    misrouteTargets: [...new Set(org.routing.referrals.filter((o) => o.from === r.from && o.to !== r.to).map((o) => unitIndex(o.to)))],
  }));

  const units: CompiledUnit[] = org.units.map((u: UnitFile) => {
    const expertise = new Set(u.expertise ?? [u.function]);
    const n = topicIds.length;
    const unit: CompiledUnit = {
      id: u.id,
      function: functionIndex(u.function),
      role: u.role,
      headcount: u.headcount * scale[u.scaleWith],
      share: u.share,
      calendar: compileHours(u.hours),
      checkEvery: u.checkEveryMinutes,
      hourlyCost: u.hourlyCost,
      paidForWorkedTime: u.costBasis === 'worked',
      autonomy: new Float64Array(n),
      correct: new Float64Array(n),
      handling: [],
      competent: new Uint8Array(n),
      outOfScope: new Uint8Array(n),
      referralRule: new Int32Array(n).fill(NONE),
      triage: compileSampler(u.triage),
      relay: compileSampler(u.relay),
      insightForwarding: u.insightForwarding,
      inconsistency: 0,
      coordinationOverhead: 0,
      participation: u.participation
        ? { ...u.participation, target: u.participation.target ?? u.participation.initial }
        : null,
    };
    const defaultHandling = compileSampler(u.handling);
    company.topics.forEach((t, ti) => {
      const inside = expertise.has(t.function);
      const skill = own(u.topics, t.id);
      unit.competent[ti] = inside ? 1 : 0;
      unit.autonomy[ti] = skill?.autonomy ?? (inside ? u.autonomy : u.autonomyOutside);
      unit.correct[ti] = skill?.correct ?? (inside ? u.correct : u.correctOutside);
      unit.handling.push(skill?.handling ? compileSampler(skill.handling) : defaultHandling);
      unit.outOfScope[ti] = u.outOfScope.includes(t.id) ? 1 : 0;
      const rule = org.routing.referrals.findIndex((r) => r.from === u.id && ruleTakes(r, t.id, t.function));
      unit.referralRule[ti] = rule;
    });
    const coordination = coordinationOf(u.id);
    unit.inconsistency = company.quality.inconsistencyBase * (1 - Math.max(u.guidelines, coordination.strength));
    unit.coordinationOverhead = coordination.overhead;
    return unit;
  });

  const entry = company.channels.map((ch) => {
    // An entry under the channel's id, even null (unwatched), wins over one under its kind.
    const target = Object.hasOwn(org.routing.entry, ch.id) ? own(org.routing.entry, ch.id) : own(org.routing.entry, ch.kind);
    const row = new Int32Array(topicIds.length).fill(NONE);
    if (typeof target === 'string') row.fill(unitIndex(target));
    else if (target) {
      company.topics.forEach((t, ti) => {
        row[ti] = unitIndex(own(target.topics, t.id) ?? own(target.functions, t.function) ?? target.otherwise);
      });
    }
    return row;
  });
  channels.forEach((channel, c) => { channel.sharedSpace = sharedSpace(channel.isPublic, entry[c]!, unitIds, org); });
  staffLines(org.units, units, channels, entry);

  const tasks = org.tasks.map((t) => ({
    id: t.id,
    unit: unitIndex(t.unit),
    every: t.everyHours * MINUTES_PER_HOUR,
    effort: compileSampler(t.effort),
    animates: t.animates.map(unitIndex),
    replies: t.replies
      ? {
          public: indexOf(publicIds)(t.replies.public),
          channel: indexOf(channelIds)(t.replies.channel),
          intent: indexOf(intentIds)(t.replies.intent),
          topic: indexOf(topicIds)(t.replies.topic),
          expected: t.replies.expected,
        }
      : null,
  }));

  let crisis: CompiledCrisis | null = null;
  const bb = company.badBuzz;
  if (bb) {
    const crisisChannels = channelIds.map((id) => share(bb.channels, id));
    const totalNormal = channelIds.reduce((s, _, c) => s + (crisisChannels[c]! > 0 ? normalRate[c]!.reduce((a, b) => a + b, 0) : 0), 0);
    crisis = {
      threshold: bb.threshold,
      decayMinutes: (bb.decayHalfLifeHours * MINUTES_PER_HOUR) / Math.LN2,
      multiplier: bb.multiplier,
      duration: bb.durationHours * MINUTES_PER_HOUR,
      selfTriggered: bb.selfTriggered,
      extraRates: channelIds.map((_, c) =>
        crisisChannels[c]! > 0 && totalNormal > 0 ? new WeeklyRate(channelWeights[c]!.map((w) => w * totalNormal * crisisChannels[c]!)) : null,
      ),
      publicCumulative: channelIds.map((_, c) => {
        const rates = normalRate[c]!;
        const any = rates.some((r) => r > 0);
        return cumulative(publicIds, Object.fromEntries(publicIds.map((p, i) => [p, any ? rates[i]! : 1])));
      }),
      intentCumulative: cumulative(intentIds, bb.intents),
      scripted: bb.scripted.filter((s) => s.enabled).map((s) => ({
        start: s.startDay * MINUTES_PER_DAY + s.startHour * MINUTES_PER_HOUR,
        duration: s.durationHours * MINUTES_PER_HOUR,
        multiplier: s.multiplier,
      })),
    };
  }

  return {
    horizon: run.horizonDays * MINUTES_PER_DAY,
    warmup: run.warmupDays * MINUTES_PER_DAY,
    sampleEvery: run.sampleEveryMinutes,
    eventBudget: run.eventBudget,
    memoryBudget: run.memoryBudgetMB * 2 ** 20,
    functions: company.functions,
    topics,
    intents,
    channels,
    publics,
    streams,
    units,
    entry,
    referrals,
    tasks,
    crisis,
    businessHours: compileHours(company.businessHours),
    reworkProbability: company.quality.reworkProbability,
    reworkDelay: compileSampler(company.quality.reworkDelay),
    confusionProbability: company.quality.confusionProbability,
    inconsistencyVisibility: company.quality.inconsistencyVisibility,
  };
}

/**
 * A unit that `staffsLines` is on duty, beyond its own hours, whenever a live line it answers is
 * open: whatever hours the company opens its phone, the preset staffs them.
 */
function staffLines(files: readonly UnitFile[], units: CompiledUnit[], channels: readonly CompiledChannel[], entry: readonly Int32Array[]): void {
  units.forEach((unit, u) => {
    if (files[u]!.staffsLines !== true) return;
    const lines = channels.filter((ch, c) => ch.live && entry[c]!.includes(u));
    if (lines.length) unit.calendar = new WeeklyCalendar([unit.calendar, ...lines.map((ch) => ch.calendar)].flatMap((cal) => cal.intervals));
  });
}
