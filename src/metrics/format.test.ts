import { describe, expect, it } from 'vitest';
import { formatEstimate, formatValue, formatWeekMinute } from './format';

describe('formatting figures', () => {
  it('writes a latency in the unit that suits it', () => {
    expect(formatValue(4.2, 'minutes')).toBe('4.20 min');
    expect(formatValue(138, 'minutes')).toBe('2.3 h');
    expect(formatValue(3 * 1440, 'minutes', 'fr')).toBe('3,0 j');
  });

  it('writes the interval in the unit of its mean', () => {
    expect(formatEstimate({ mean: 138, ci: 70, n: 3 }, 'minutes')).toBe('2.3 h ± 1.2 h');
    expect(formatEstimate({ mean: 4.2, ci: 300, n: 3 }, 'minutes', 'fr')).toBe('4,20 min ± 300,0 min');
    expect(formatEstimate({ mean: 30, ci: 2.5, n: 3 }, 'minutes')).toBe('30.0 min ± 2.50 min');
    expect(formatEstimate({ mean: 0.5, ci: 0.1, n: 3 }, 'share', 'fr')).toBe('50,0\u202f% ± 10,0\u202f%');
    expect(formatEstimate({ mean: 0.5, ci: 0.1, n: 1 }, 'share')).toBe('50.0%');
  });
});

describe('replay clock', () => {
  it('names the weekday and time of a minute of the simulated weeks, which start on a Monday', () => {
    expect(formatWeekMinute(0)).toBe('Mon 00:00');
    expect(formatWeekMinute(1440 + 600)).toBe('Tue 10:00');
    expect(formatWeekMinute(7 * 1440 + 6 * 1440 + 23 * 60 + 59, 'fr')).toBe('dim. 23:59');
  });
});
