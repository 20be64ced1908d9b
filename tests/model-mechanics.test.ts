/**
 * Each mechanism of the organisation model, switched on and off on the same tiny company and seed.
 */
import { describe, expect, it } from 'vitest';
import { measureRun } from '../src/metrics/run-metrics';
import { simulate, tinyScenario } from './helpers/tiny';

describe('organisation model mechanisms', () => {
  it('an unwatched public channel drops its messages, and customers who give up call instead', () => {
    const watched = simulate(tinyScenario()).v;
    const data = tinyScenario();
    data.organisation.routing.entry.page = null;
    const unwatched = simulate(data).v;
    expect(unwatched['messages.dropped.unmonitored']).toBeGreaterThan(0);
    expect(unwatched['coverage.public']).toBe(0);
    expect(watched['messages.dropped.unmonitored']).toBe(0);
    expect(unwatched['channel.phone.fromSwitch']).toBeGreaterThan(watched['channel.phone.fromSwitch']! + 20);
  });

  it('topics out of scope are dropped, not answered', () => {
    const data = tinyScenario();
    data.organisation.units[0].outOfScope = ['tech'];
    const { v } = simulate(data);
    expect(v['messages.dropped.outOfScope']).toBeGreaterThan(0);
    expect(v['unit.experts.answered']).toBe(0);
  });

  it('optional referrals can be forgotten; committed ones never are', () => {
    const data = tinyScenario();
    data.organisation.routing.referrals[0] = { from: 'desk', to: 'experts', commitment: 'optional', forgetProbability: 0.5 };
    const optional = simulate(data).v;
    const committed = simulate(tinyScenario()).v;
    expect(optional['messages.dropped.forgotten']).toBeGreaterThan(0);
    expect(committed['messages.dropped.forgotten']).toBe(0);
  });

  it('committed referrals jump the queue at a busy expert unit; optional ones wait behind regular work', () => {
    const base = tinyScenario();
    // The experts also take the page's tech messages directly, and are busy.
    base.organisation.units[1].headcount = 1;
    base.organisation.routing.entry.page = { topics: { tech: 'experts' }, otherwise: 'desk' };
    const optional = structuredClone(base);
    optional.organisation.routing.referrals[0].commitment = 'optional';
    const latency = (d: typeof base) => simulate(d).v['channel.phone.resolution.mean']!;
    expect(latency(base)).toBeLessThan(latency(optional));
  });

  it('wrong answers come back as rework', () => {
    const data = tinyScenario();
    data.company.quality.reworkProbability = 1;
    data.organisation.units[0].correct = 0.5;
    const { v } = simulate(data);
    expect(v['quality.rework']).toBeGreaterThan(0);
    expect(simulate(tinyScenario()).v['quality.rework']).toBe(0);
  });

  it('answers from units with guidelines or coordination are more consistent', () => {
    const plain = simulate(tinyScenario()).v['quality.consistent']!;
    const data = tinyScenario();
    data.organisation.units[0].guidelines = 1;
    data.organisation.units[1].guidelines = 1;
    expect(simulate(data).v['quality.consistent']).toBe(1);
    expect(plain).toBeLessThan(0.8);
  });

  it('answers climbing back every hop count more hand-offs than answers posted directly', () => {
    const via = (answer: string) => {
      const d = tinyScenario();
      d.organisation.routing.referrals[0].answer = answer;
      return simulate(d).v['handoffs.mean']!;
    };
    expect(via('entry')).toBeGreaterThan(via('direct'));
    expect(via('chain')).toBeCloseTo(via('entry'), 5); // one hop: back to the entry either way
  });

  it('a unit closed at night leaves night messages waiting until morning', () => {
    const data = tinyScenario();
    data.organisation.units[0].hours = 'office';
    data.organisation.units[1].hours = 'office';
    const office = simulate(data).v;
    const always = simulate(tinyScenario()).v;
    expect(office['coverage.offHours']!).toBeLessThan(always['coverage.offHours']! - 0.3);
  });

  it('suggestions count as captured only when they reach marketing', () => {
    const none = simulate(tinyScenario()).v['insight.capture'];
    const data = tinyScenario();
    data.organisation.units[0].insightForwarding = 1;
    expect(none).toBe(0);
    expect(simulate(data).v['insight.capture']).toBeGreaterThan(0.8); // the rest gave up waiting first
  });

  it('volunteer participation decays without animation and holds with it', () => {
    const data = tinyScenario();
    data.run.horizonDays = 30;
    data.organisation.units[1].participation = { initial: 0.8, halfLifeDays: 10 };
    const decayed = simulate(data).v['unit.experts.participation']!;
    data.organisation.tasks = [{ id: 'animate', unit: 'desk', everyHours: 24, effort: 30, animates: ['experts'] }];
    const animated = simulate(data).v['unit.experts.participation']!;
    expect(decayed).toBeCloseTo(0.8 * 0.5 ** 3, 2);
    expect(animated).toBeGreaterThan(0.75);
  });

  it('a scripted bad-buzz episode multiplies inbound volume while it lasts', () => {
    const data = tinyScenario();
    data.company.badBuzz = { channels: { page: 1 }, intents: { complaint: 1 }, selfTriggered: false,
      scripted: [{ startDay: 1, startHour: 0, durationHours: 24, multiplier: 5 }] };
    const { sim, v } = simulate(data);
    const hourly = measureRun(sim).series.arrivals;
    const calm = hourly.slice(48, 72).reduce((s, x) => s + x, 0);
    const storm = hourly.slice(24, 48).reduce((s, x) => s + x, 0);
    expect(storm / calm).toBeGreaterThan(2.2); // the page's half of the volume ×5: about 3× in all
    expect(v['quality.badBuzzEpisodes']).toBe(1);
  });

  it('unanswered public complaints build visibility until a bad-buzz episode starts on its own', () => {
    const data = tinyScenario();
    data.organisation.routing.entry.page = null;
    data.company.badBuzz = { threshold: 10, channels: { page: 1 }, intents: { complaint: 1 } };
    data.company.quality.inconsistencyVisibility = 0; // only unanswered complaints weigh here
    expect(simulate(data).v['quality.badBuzzEpisodes']).toBeGreaterThan(0);
    data.organisation.routing.entry.page = 'desk';
    expect(simulate(data).v['quality.badBuzzEpisodes']).toBe(0);
  });

  it('a run out of event budget says so and still balances its books', () => {
    const data = tinyScenario();
    data.run.eventBudget = 1_000;
    const { sim, v } = simulate(data);
    expect(sim.stopReason).toBe('budget');
    expect(v['messages.answered']! + v['messages.dropped']! + v['messages.abandoned']! + v['messages.open']!).toBe(v['messages.arrived']);
  });

  it('a part-time unit has the capacity of its share', () => {
    const data = tinyScenario();
    data.organisation.units[0].share = 0.5; // 3 people at half time = 1.5 people
    const { v } = simulate(data);
    expect(v['unit.desk.staffHours']).toBeCloseTo(1.5 * 5 * 24, 5);
  });
});

describe('portability of an organisation across companies', () => {
  it('an entry written for a channel kind serves every channel of that kind', () => {
    const data = tinyScenario();
    data.organisation.routing.entry = { phone: 'desk', social_public: 'experts' }; // "phone" is an id and a kind; "social_public" a kind
    const { v } = simulate(data);
    expect(v['channel.page.answered']).toBeGreaterThan(0.5);
  });

  it('an entry by function sends each topic to the unit of its owning function', () => {
    const data = tinyScenario();
    data.organisation.routing.entry.page = { functions: { product: 'experts' }, otherwise: 'desk' };
    data.organisation.routing.sharedSpaces = { wrongTeam: 0, twice: 0, nobody: 0 }; // routing alone, no pick-up faults
    const { sim } = simulate(data);
    const tech = sim.model.topics.findIndex((t) => t.id === 'tech');
    const page = sim.model.channels.findIndex((c) => c.id === 'page');
    for (let m = 0; m < sim.messages.count; m++) {
      if (sim.messages.channel[m] !== page) continue;
      expect(sim.model.units[sim.messages.entryUnit[m]!]!.id).toBe(sim.messages.topic[m] === tech ? 'experts' : 'desk');
    }
  });

  it('a headcount per 100 first contacts a day follows the company volume', () => {
    const data = tinyScenario(); // 43,200 × 0.5 a month = 720 first contacts a day
    data.organisation.units[0].headcount = 0.5;
    data.organisation.units[0].scaleWith = 'volume';
    const { v } = simulate(data);
    expect(v['unit.desk.staffHours']).toBeCloseTo(0.5 * 7.2 * 5 * 24, 5); // 3.6 people around the clock for 5 days
  });
});

describe('regressions found in review', () => {
  it('a message dropped as out of scope gets no first response and does not count towards the SLA', () => {
    const data = tinyScenario();
    data.organisation.units[0].outOfScope = ['order', 'tech'];
    const { v } = simulate(data);
    expect(v['messages.answered']).toBe(0);
    // On the written channel nobody replies (a call picked up is a first response, even if dropped).
    expect(v['channel.page.sla']).toBe(0);
    expect(v['channel.page.firstResponse.mean']).toBeUndefined();
  });

  it('an explicit null entry for a channel wins over an entry for its kind', () => {
    const data = tinyScenario();
    data.organisation.routing.entry = { page: null, social_public: 'desk', phone: 'desk' };
    expect(simulate(data).v['channel.page.answered']).toBe(0);
  });

  it('people look at what came in overnight when they arrive, whatever their check interval', () => {
    const data = tinyScenario();
    data.company.channels[1].patience = undefined;
    data.organisation.units[0].hours = 'office';
    data.organisation.units[0].checkEveryMinutes = 240;
    data.organisation.units[0].headcount = 30; // enough to clear the weekend's backlog on Monday
    const { sim } = simulate(data);
    const page = sim.model.channels.findIndex((c) => c.id === 'page');
    // Page messages from Monday night are looked at from 09:00 on Tuesday, not from the 12:00 check.
    let earliest = Infinity;
    for (let m = 0; m < sim.messages.count; m++) {
      const a = sim.messages.arrival[m]!;
      if (sim.messages.channel[m] === page && a >= 1080 && a < 1980) earliest = Math.min(earliest, sim.messages.firstResponse[m]!);
    }
    expect(earliest).toBeGreaterThanOrEqual(1980);
    expect(earliest).toBeLessThan(1980 + 30);
  });

  it('customers who switch back and forth stop after a few tries', () => {
    const data = tinyScenario();
    data.company.channels[0].onAbandon = { switchTo: 'page', switchProbability: 1, switchDelay: 0 };
    data.company.channels[1].onAbandon = { switchTo: 'phone', switchProbability: 1, switchDelay: 0 };
    data.company.channels[0].patience = 0.001;
    data.company.channels[1].patience = 0.001;
    data.organisation.routing.entry = { phone: null, page: null };
    const { sim, v } = simulate(data);
    expect(sim.stopReason).not.toBe('budget');
    expect(v['messages.arrived']).toBeLessThanOrEqual(4 * measureFirstContacts(sim));
  });

  it('the end of warm-up does not blank the utilisation series', () => {
    const data = tinyScenario();
    data.run.warmupDays = 1;
    const { sim } = simulate(data);
    const series = measureRun(sim).series;
    expect(series.onDuty.desk![23]).toBeGreaterThan(2.9); // the hour ending at the end of warm-up
  });
});

function measureFirstContacts(sim: ReturnType<typeof simulate>['sim']): number {
  let n = 0;
  for (let m = 0; m < sim.messages.count; m++) if (sim.messages.origin[m] === 0) n++;
  return n;
}
