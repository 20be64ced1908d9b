import { describe, expect, it } from 'vitest';
import type { ScenarioResult } from './run-scenario';
import { scorecard } from './scorecard';

const result = (organisation: string, metrics: Record<string, number>): ScenarioResult => ({
  id: organisation, company: 'c', organisation, currency: 'EUR', seed: 1, replications: 2, horizonDays: 1, warmupDays: 0,
  summary: { metrics: Object.fromEntries(Object.entries(metrics).map(([k, mean]) => [k, { mean, ci: 0, n: 2 }])), flows: { links: [], referrals: [] }, series: {} as never, distributions: { firstResponse: [], resolution: [] }, runs: [] },
});

describe('scorecard', () => {
  const results = [
    result('a', { 'firstResponse.p50': 10, 'coverage.answered': 0.5, 'quality.badBuzzEpisodes': 0 }),
    result('b', { 'firstResponse.p50': 5, 'coverage.answered': 0.4, 'quality.badBuzzEpisodes': 0 }),
  ];
  const row = (key: string) => scorecard(results).find((r) => r.headline.key === key)!;

  it('marks the lowest latency and the highest coverage as best', () => {
    expect(row('firstResponse.p50').best).toEqual([1]);
    expect(row('coverage.answered').best).toEqual([0]);
  });

  it('marks every organisation tied for the best value', () => {
    const tied = [...results, result('c', { 'quality.badBuzzEpisodes': 2 })];
    expect(scorecard(tied).find((r) => r.headline.key === 'quality.badBuzzEpisodes')!.best).toEqual([0, 1]);
  });

  it('marks nobody on a tie or where a figure is missing for all but one', () => {
    expect(row('quality.badBuzzEpisodes').best).toEqual([]);
    expect(row('insight.capture').best).toEqual([]);
  });
});
