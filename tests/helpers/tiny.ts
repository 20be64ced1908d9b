/**
 * A tiny company and organisation built in code, for tests of single mechanisms. Each test
 * changes one thing and compares with the unchanged model on the same seed.
 */
import { stringify } from 'yaml';
import { loadScenario, type Scenario } from '../../src/scenario/load';
import { compileScenario } from '../../src/model/compile';
import { Simulation } from '../../src/model/simulation';
import { measureRun, type Values } from '../../src/metrics/run-metrics';

/** Scenario data as each test edits it freely (the loader checks it, as it would a file). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shape: tests write invalid data on purpose
export type TinyData = Record<string, any>;

export function tinyScenario(): TinyData {
  return {
    version: 1,
    kind: 'scenario',
    company: {
      version: 1, kind: 'company', id: 'tiny', name: 'Tiny',
      functions: ['service', 'product', 'marketing'],
      topics: [{ id: 'order', function: 'service' }, { id: 'tech', function: 'product' }],
      intents: [{ id: 'question' }, { id: 'complaint', visibilityWeight: 1 }, { id: 'suggestion', insightFunction: 'marketing' }],
      channels: [
        { id: 'phone', kind: 'phone', live: true, expectedResponseMinutes: 1, patience: { dist: 'exponential', mean: 5 } },
        { id: 'page', kind: 'social_public', public: true, expectedResponseMinutes: 60, patience: { dist: 'exponential', mean: 240 },
          onAbandon: { switchTo: 'phone', switchProbability: 0.5 } },
      ],
      publics: [{ id: 'customers', size: 43_200, contactsPerMonth: 0.5, channels: { phone: 1, page: 1 },
        intents: { question: 6, complaint: 3, suggestion: 1 }, topics: { order: 1, tech: 1 } }],
      quality: { reworkProbability: 0, inconsistencyBase: 0.3 },
    },
    organisation: {
      version: 1, kind: 'organisation', id: 'tiny-org', name: 'Tiny org',
      units: [
        { id: 'desk', function: 'service', role: 'front', headcount: 3, hours: '24/7', autonomy: 1, autonomyOutside: 0,
          handling: { dist: 'exponential', mean: 4 } },
        { id: 'experts', function: 'product', role: 'back', headcount: 2, hours: '24/7', handling: { dist: 'exponential', mean: 6 } },
      ],
      routing: {
        entry: { phone: 'desk', page: 'desk' },
        referrals: [{ from: 'desk', to: 'experts', commitment: 'committed', answer: 'entry' }],
      },
    },
    // Measured from the start: single mechanisms are checked against counts from time 0.
    run: { horizonDays: 5, warmupDays: 0, replications: 1, seed: 3 },
  };
}

export function load(data: TinyData): Scenario {
  const loaded = loadScenario(stringify(data), 'tiny.yaml', () => undefined);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues, null, 2));
  return loaded.value;
}

/** Runs one replication of the scenario data and returns the simulation and its figures. */
export function simulate(data: TinyData, seed = 1): { sim: Simulation; v: Values } {
  const sim = new Simulation(compileScenario(load(data)), seed).run();
  return { sim, v: measureRun(sim).values };
}
