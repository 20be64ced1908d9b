import { describe, expect, it } from 'vitest';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, WeeklyCalendar, WeeklyRate } from './calendar';
import { Rng } from './random';

const OFFICE = new WeeklyCalendar([0, 1, 2, 3, 4].map((d) => [d * MINUTES_PER_DAY + 540, d * MINUTES_PER_DAY + 1080] as const));

describe('WeeklyCalendar', () => {
  it('knows when office hours are open', () => {
    expect(OFFICE.isOpen(600)).toBe(true); // Monday 10:00
    expect(OFFICE.isOpen(1080)).toBe(false); // Monday 18:00, closing time
    expect(OFFICE.isOpen(5 * MINUTES_PER_DAY + 600)).toBe(false); // Saturday
    expect(OFFICE.isOpen(MINUTES_PER_WEEK + 600)).toBe(true); // the next Monday
  });

  it('finds the next opening and closing, across nights and weekends', () => {
    expect(OFFICE.nextOpen(1080)).toBe(MINUTES_PER_DAY + 540);
    expect(OFFICE.nextOpen(4 * MINUTES_PER_DAY + 1200)).toBe(MINUTES_PER_WEEK + 540); // Friday evening → Monday
    expect(OFFICE.nextClose(600)).toBe(1080);
    expect(WeeklyCalendar.always().nextClose(5)).toBe(Infinity);
    expect(new WeeklyCalendar([]).nextOpen(5)).toBe(Infinity);
  });

  it('an overnight span wrapping the week end stays open from Sunday night into Monday', () => {
    const c = new WeeklyCalendar([[6 * MINUTES_PER_DAY + 1320, 7 * MINUTES_PER_DAY + 120]]); // Sun 22:00 → Mon 02:00
    expect(c.isOpen(60)).toBe(true);
    expect(c.isOpen(6 * MINUTES_PER_DAY + 1400)).toBe(true);
    expect(c.nextClose(6 * MINUTES_PER_DAY + 1400)).toBe(MINUTES_PER_WEEK + 120);
  });

  it('counts open minutes over any span', () => {
    expect(OFFICE.openMinutesPerWeek).toBe(45 * 60);
    expect(OFFICE.openMinutesBetween(0, 2 * MINUTES_PER_WEEK)).toBe(90 * 60);
    expect(OFFICE.openMinutesBetween(600, 660)).toBe(60);
  });
});

describe('WeeklyRate (non-homogeneous Poisson arrivals)', () => {
  it('puts arrivals where the rate is, in the expected numbers', () => {
    // 2 per minute on Monday 09h-10h, 0.5 per minute on Tuesday 14h-15h, nothing else.
    const perMinute = new Float64Array(168);
    perMinute[9] = 2;
    perMinute[24 + 14] = 0.5;
    const rate = new WeeklyRate(perMinute);
    const rng = new Rng(9);
    const weeks = 200;
    const counts = new Float64Array(168);
    let n = 0;
    for (let t = rate.next(0, rng); t < weeks * MINUTES_PER_WEEK; t = rate.next(t, rng)) {
      counts[Math.floor((t % MINUTES_PER_WEEK) / 60)]!++;
      n++;
    }
    expect(n).toBe(counts[9]! + counts[38]!); // never outside the two hours
    expect(Math.abs(counts[9]! / weeks - 120) / 120).toBeLessThan(0.03); // 120 expected, sd ≈ 0.8 per week
    expect(Math.abs(counts[38]! / weeks - 30) / 30).toBeLessThan(0.05);
  });

  it('a doubled scale doubles the volume', () => {
    const rate = new WeeklyRate(new Float64Array(168).fill(0.1));
    const count = (scale: number) => {
      const rng = new Rng(1);
      let n = 0;
      for (let t = rate.next(0, rng, scale); t < 20 * MINUTES_PER_WEEK; t = rate.next(t, rng, scale)) n++;
      return n;
    };
    expect(count(2) / count(1)).toBeCloseTo(2, 1);
  });

  it('a zero rate never produces an arrival', () => {
    expect(new WeeklyRate(new Float64Array(168)).next(0, new Rng(1))).toBe(Infinity);
  });
});
