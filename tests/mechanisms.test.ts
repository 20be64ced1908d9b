/**
 * The mechanisms the source texts describe, shown as causes: each test switches one mechanism on
 * and off on the same company and seed and checks that the effect moves the way the texts claim.
 * Nothing here is written in by hand: every number comes from the simulation of a preset.
 */
import { describe, expect, it } from 'vitest';
import { figure, preset } from './helpers/presets';

describe('mechanisms of the organisations (SME, same seed, 3 × 7 days)', () => {
  it('staffing nights and weekends removes the coordinator\'s off-hours coverage gap', () => {
    const daytime = preset('sme', 'coordinator');
    const always = preset('sme', 'coordinator');
    always.organisation.units.find((u) => u.id === 'cm_team')!.hours = '24/7';
    const gapDay = 1 - figure(daytime, 'channel.facebook.answered');
    const offDay = figure(daytime, 'coverage.offHours');
    const offAlways = figure(always, 'coverage.offHours');
    expect(offAlways).toBeGreaterThan(offDay + 0.05);
    expect(1 - figure(always, 'channel.facebook.answered')).toBeLessThan(gapDay);
  });

  it('making the funnel\'s referrals committed shortens its resolution time', () => {
    const optional = preset('sme', 'funnel');
    const committed = preset('sme', 'funnel');
    for (const r of committed.organisation.routing.referrals) { r.commitment = 'committed'; r.forgetProbability = 0; }
    // Counted over every message: percentiles of answered messages alone would reward forgetting.
    expect(figure(committed, 'resolvedWithin.1d')).toBeGreaterThan(figure(optional, 'resolvedWithin.1d'));
    // Not a claim beyond the day: with nothing forgotten, the head of customer relations, through
    // whom every referral goes, is 92% busy, and product topics resolved within 3 days fall
    // (0.36 → 0.30 over 10 × 14 days, before and after calls were served first).
    expect(figure(committed, 'messages.dropped.forgotten')).toBe(0);
  });

  it('doubling the volume raises the coordinator\'s queueing more than the expert community\'s (45,000-person group)', () => {
    // The community's "huge, spread-out" capacity is a large company's: sized per employee.
    const backlogGrowth = (org: string, unit: string) => {
      const normal = preset('group', org, { horizonDays: 4, replications: 1 });
      const double = preset('group', org, { horizonDays: 4, replications: 1 });
      for (const p of double.company.publics) p.contactsPerMonth *= 2;
      // Same staff: hold headcounts at their normal-volume values.
      for (const u of double.organisation.units) if (u.scaleWith === 'volume') u.headcount /= 2;
      return figure(double, `unit.${unit}.meanBacklog`) - figure(normal, `unit.${unit}.meanBacklog`);
    };
    expect(backlogGrowth('coordinator', 'cm_team')).toBeGreaterThan(backlogGrowth('expert-community', 'pool_service'));
  });

  it('without animation the experts\' participation decays over time', () => {
    const animated = preset('sme', 'expert-community', { horizonDays: 28, replications: 1 });
    const neglected = preset('sme', 'expert-community', { horizonDays: 28, replications: 1 });
    neglected.organisation.tasks = [];
    expect(figure(neglected, 'unit.pool_product.participation')).toBeLessThan(0.6 * 0.6);
    expect(figure(animated, 'unit.pool_product.participation')).toBeGreaterThan(0.55);
  });

  it('removing the conductor\'s coordination raises inconsistency in the multi-team model', () => {
    const coordinated = preset('sme', 'multi-team');
    const uncoordinated = preset('sme', 'multi-team');
    uncoordinated.organisation.coordination = [];
    // The shared public page is where the CMs' answers meet.
    expect(figure(uncoordinated, 'channel.facebook.consistent')).toBeLessThan(figure(coordinated, 'channel.facebook.consistent') - 0.05);
  });

  it('an unanswered social channel adds to the phone line\'s load', () => {
    const answered = preset('sme', 'coordinator');
    const unanswered = preset('sme', 'coordinator');
    unanswered.organisation.routing.entry.social_public = null;
    unanswered.organisation.routing.entry.social_private = null;
    expect(figure(unanswered, 'channel.phone.fromSwitch')).toBeGreaterThan(figure(answered, 'channel.phone.fromSwitch') * 1.5);
  });

  it('unmonitored public complaints build up into bad buzz; watching the page prevents it', () => {
    const unwatched = preset('sme', 'funnel', { horizonDays: 14, replications: 2 });
    unwatched.organisation.routing.entry.social_public = null;
    unwatched.company.badBuzz!.threshold = 8;
    const watched = preset('sme', 'coordinator', { horizonDays: 14, replications: 2 });
    watched.company.badBuzz!.threshold = 8;
    expect(figure(unwatched, 'quality.badBuzzEpisodes')).toBeGreaterThan(0);
    expect(figure(watched, 'quality.badBuzzEpisodes')).toBeLessThan(figure(unwatched, 'quality.badBuzzEpisodes'));
  });
});

describe('face validity against the source texts (SME defaults)', () => {
  it('the cosmetic CM is no better than the funnel on topics that need an expert', () => {
    // Product questions need the product team: the cosmetic CM has no line to it.
    const funnel = figure(preset('sme', 'funnel'), 'coverage.competentAnswers');
    const cosmetic = figure(preset('sme', 'cosmetic-cm'), 'coverage.competentAnswers');
    expect(cosmetic).toBeLessThanOrEqual(funnel + 0.02);
  });

  it('the coordinator answers the public page far more than the funnel, in one hop to any expert', () => {
    const funnel = preset('sme', 'funnel');
    const coordinator = preset('sme', 'coordinator');
    expect(figure(coordinator, 'coverage.public')).toBeGreaterThan(figure(funnel, 'coverage.public') + 0.3);
    expect(figure(coordinator, 'channel.facebook.resolution.p50')).toBeLessThan(figure(funnel, 'channel.facebook.resolution.p50'));
  });

  it('a CM inside marketing captures more insight than one inside support', () => {
    expect(figure(preset('sme', 'single-team-marketing'), 'insight.capture')).toBeGreaterThan(figure(preset('sme', 'single-team-support'), 'insight.capture'));
  });

  it('the vertical (junior) CM has less autonomy and answers less than the horizontal one', () => {
    expect(figure(preset('sme', 'single-team-support-vertical'), 'coverage.public')).toBeLessThan(figure(preset('sme', 'single-team-support'), 'coverage.public'));
  });

  it('the expert community gives answers from competent people more often than the funnel', () => {
    expect(figure(preset('sme', 'expert-community'), 'coverage.competentAnswers')).toBeGreaterThan(figure(preset('sme', 'funnel'), 'coverage.competentAnswers'));
  });
});

describe('the crisis episode of each company', () => {
  it('is off by default and, switched on, multiplies volume and strains the funnel', () => {
    const calm = preset('sme', 'funnel');
    const crisis = preset('sme', 'funnel');
    expect(calm.company.badBuzz!.scripted[0]!.enabled).toBe(false);
    crisis.company.badBuzz!.scripted[0]!.enabled = true;
    // The calm funnel may still set off an episode of its own (its page's complaints go unanswered).
    expect(figure(crisis, 'quality.badBuzzEpisodes')).toBeGreaterThanOrEqual(figure(calm, 'quality.badBuzzEpisodes') + 1);
    expect(figure(crisis, 'messages.perDay')).toBeGreaterThan(figure(calm, 'messages.perDay') * 1.3);
    expect(figure(crisis, 'channel.facebook.answered')).toBeLessThan(figure(calm, 'channel.facebook.answered'));
  });
});

describe('face validity of the beyond-the-texts models (SME defaults)', () => {
  it('the organic model, with no guidelines, is the least consistent of the Altimeter models', () => {
    const organic = figure(preset('sme', 'altimeter-organic'), 'channel.facebook.consistent');
    for (const other of ['altimeter-centralised', 'altimeter-hub-spoke', 'altimeter-honeycomb']) {
      expect(organic, other).toBeLessThan(figure(preset('sme', other), 'channel.facebook.consistent'));
    }
  });

  it('the centralised model hands off more per message than the honeycomb, where employees answer directly', () => {
    expect(figure(preset('sme', 'altimeter-centralised'), 'handoffs.mean')).toBeGreaterThan(figure(preset('sme', 'altimeter-honeycomb'), 'handoffs.mean'));
  });

  it('the outsourced agency answers quickly but less competently than an in-house coordinator', () => {
    const agency = preset('sme', 'agency');
    const coordinator = preset('sme', 'coordinator');
    expect(figure(agency, 'channel.facebook.firstResponse.p50')).toBeLessThan(figure(preset('sme', 'funnel'), 'channel.facebook.firstResponse.p50'));
    expect(figure(agency, 'coverage.competentAnswers')).toBeLessThan(figure(coordinator, 'coverage.competentAnswers'));
  });
});

describe('face validity of the other placements (SME defaults)', () => {
  for (const host of ['support', 'marketing', 'pr', 'communication', 'sales']) {
    it(`the vertical (junior) CM inside ${host} answers less of the public page than the horizontal one`, () => {
      expect(figure(preset('sme', `single-team-${host}-vertical`), 'coverage.public')).toBeLessThan(figure(preset('sme', `single-team-${host}`), 'coverage.public'));
    });
  }

  it('a CM inside sales is fast on sales topics and slow, through the hierarchy, on the others', () => {
    const sales = preset('sme', 'single-team-sales');
    expect(figure(sales, 'function.sales.resolution.p50')).toBeLessThan(figure(sales, 'function.product.resolution.p50'));
    expect(figure(sales, 'function.sales.resolution.p50')).toBeLessThan(figure(preset('sme', 'funnel'), 'function.sales.resolution.p50'));
  });

  it('merging the coordinator into customer relations speeds up e-mail too', () => {
    expect(figure(preset('sme', 'coordinator-merged'), 'channel.email.firstResponse.p50')).toBeLessThan(figure(preset('sme', 'coordinator'), 'channel.email.firstResponse.p50'));
  });

  it('adding a community of experts to the coordinator brings more answers from competent people', () => {
    expect(figure(preset('sme', 'coordinator-community'), 'coverage.competentAnswers')).toBeGreaterThan(figure(preset('sme', 'coordinator'), 'coverage.competentAnswers'));
  });

  it('CMs in several teams answer the public page more than the funnel and more consistently than the organic model', () => {
    const multi = preset('sme', 'multi-team');
    expect(figure(multi, 'coverage.public')).toBeGreaterThan(figure(preset('sme', 'funnel'), 'coverage.public'));
    expect(figure(multi, 'channel.facebook.consistent')).toBeGreaterThan(figure(preset('sme', 'altimeter-organic'), 'channel.facebook.consistent'));
  });

  it('hub-and-spoke networks, single or multiple, are more consistent on the page than the organic model', () => {
    const organic = figure(preset('sme', 'altimeter-organic'), 'channel.facebook.consistent');
    expect(figure(preset('sme', 'altimeter-hub-spoke'), 'channel.facebook.consistent')).toBeGreaterThan(organic);
    expect(figure(preset('sme', 'altimeter-dandelion'), 'channel.facebook.consistent')).toBeGreaterThan(organic);
  });
});
