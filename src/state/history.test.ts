import { describe, expect, it } from 'vitest';
import { NEUTRAL_LEVERS } from '../scenario/levers';
import { BURST_MS, historyAction, type HistoryEntry } from './history';

const settings = { companyId: 'sme', organisationIds: ['funnel', 'coordinator'], replications: 10, seed: 1, levers: NEUTRAL_LEVERS };
const entry: HistoryEntry = { settings, presenting: false, at: 0 };

describe('what Back returns to', () => {
  it('a new comparison is a new step: another seed, organisation or lever', () => {
    expect(historyAction(entry, { ...settings, seed: 2, presenting: null }, 5_000)).toBe('push');
    expect(historyAction(entry, { ...settings, organisationIds: ['funnel'], presenting: null }, 5_000)).toBe('push');
    expect(historyAction(entry, { ...settings, levers: { ...NEUTRAL_LEVERS, volume: 2 }, presenting: null }, 5_000)).toBe('push');
  });

  it('a burst of changes (a drag) is one step', () => {
    expect(historyAction(entry, { ...settings, levers: { ...NEUTRAL_LEVERS, volume: 2 }, presenting: null }, BURST_MS - 1)).toBe('replace');
  });

  it('the first change after landing on an entry (a link opened, Back) is a step, however soon', () => {
    expect(historyAction({ ...entry, at: -Infinity }, { ...settings, seed: 2, presenting: null }, 1)).toBe('push');
  });

  it('entering or leaving presentation is a step, even at once; moving between slides is not', () => {
    expect(historyAction(entry, { ...settings, presenting: 'radar' }, 1)).toBe('push');
    expect(historyAction({ ...entry, presenting: true }, { ...settings, presenting: null }, 1)).toBe('push');
    expect(historyAction({ ...entry, presenting: true }, { ...settings, presenting: 'latency' }, 5_000)).toBe('replace');
  });

  it('the language or the scorecard order change the current step, not the history', () => {
    expect(historyAction(entry, { ...settings, presenting: null }, 5_000)).toBe('replace');
  });
});
