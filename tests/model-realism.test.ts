/**
 * Mechanisms that decide how organisations compare (issue 14): each is switched on and off on the
 * same company and seed, and the difference must show where the organisation, not an artefact of
 * the model, makes it.
 */
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../src/model/compile';
import { Simulation } from '../src/model/simulation';
import { Outcome } from '../src/model/records';
import type { Scenario } from '../src/scenario/load';
import { preset } from './helpers/presets';
import { simulate, tinyScenario } from './helpers/tiny';

/** Share of weekday calls arriving between 9 and 10 am that were abandoned, over three seeds. */
function nineAmCallAbandonment(s: Scenario): number {
  let calls = 0, abandoned = 0;
  for (const seed of [1, 2, 3]) {
    const sim = new Simulation(compileScenario(s), seed).run();
    const phone = sim.model.channels.findIndex((c) => c.id === 'phone');
    const m = sim.messages;
    for (let i = 0; i < m.count; i++) {
      const minuteOfWeek = m.arrival[i]! % 10_080;
      if (m.channel[i] !== phone || minuteOfWeek >= 5 * 1440 || minuteOfWeek % 1440 < 540 || minuteOfWeek % 1440 >= 600) continue;
      calls++;
      if (m.outcome[i] === Outcome.Abandoned) abandoned++;
    }
  }
  return abandoned / calls;
}

describe('a unit serves live contacts before written work', () => {
  it('at the SME funnel\'s desk, calls at opening time no longer wait behind the overnight e-mail', () => {
    const priority = preset('sme', 'funnel', { horizonDays: 14 });
    const firstComeFirstServed = structuredClone(priority);
    for (const channel of firstComeFirstServed.company.channels) channel.priority = 2;
    const withPriority = nineAmCallAbandonment(priority);
    const withoutPriority = nineAmCallAbandonment(firstComeFirstServed);
    expect(withoutPriority).toBeGreaterThan(0.35);
    expect(withPriority).toBeLessThan(0.65 * withoutPriority);
  });
});

describe('a call can be timely', () => {
  /** A phone-only company whose calls are all picked up at once and settled on the call. */
  function phoneOnly(): Record<string, any> {
    const data = tinyScenario();
    data.company.channels = [data.company.channels[0]];
    data.company.channels[0].expectedResponseMinutes = 0.34;
    data.company.publics[0].channels = { phone: 1 };
    data.company.publics[0].intents = { question: 1 };
    data.company.publics[0].topics = { order: 1 };
    data.company.publics.push({ id: 'fans', size: 1, contactsPerMonth: 0, channels: { phone: 1 }, intents: { question: 1 }, topics: { order: 1 } });
    data.company.publics[0].goodAnswer = { becomes: 'fans', probability: 0.4 };
    data.organisation.units[0].headcount = 20;
    data.organisation.units[0].correct = 1;
    delete data.organisation.routing.entry.page;
    return data;
  }

  it('a phone-only company answered within expectations turns customers at the configured rate', () => {
    const { v } = simulate(phoneOnly());
    const rate = v['outcomes.customers->fans']! / v['messages.answered']!;
    expect(v['channel.phone.sla']).toBeGreaterThan(0.99);
    expect(rate).toBeGreaterThan(0.37);
    expect(rate).toBeLessThan(0.43);
  });

  it('a call passed on to another team is not settled on the call, so it changes nobody', () => {
    const data = phoneOnly();
    data.organisation.units[0].autonomy = 0; // every call referred to the experts
    const { v } = simulate(data);
    expect(v['messages.answered']).toBeGreaterThan(1000);
    expect(v['outcomes.total']).toBe(0);
  });
});
