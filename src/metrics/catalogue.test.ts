import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dictionary } from '../ui/locales/en';
import { HEADLINES, METRICS, RADAR_AXES, type MetricKey } from './catalogue';

describe('the metrics catalogue', () => {
  it('every catalogued figure is measured: each appears in the golden runs', () => {
    const dir = new URL('../../tests/golden/', import.meta.url);
    const measured = new Set(readdirSync(dir).flatMap((f) => Object.keys(JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as object)));
    expect(METRICS.map((m) => m.key).filter((k) => !measured.has(k))).toEqual([]);
  });

  it('the radar has one axis per place, numbered from 0', () => {
    expect(RADAR_AXES.map((m) => m.radar.axis)).toEqual(RADAR_AXES.map((_, i) => i));
  });

  it('the scorecard lists the headline figures in catalogue order', () => {
    expect(HEADLINES.map((m) => m.key)).toEqual(METRICS.filter((m) => m.headline).map((m) => m.key));
  });

  it('a figure without its label in a locale does not compile', () => {
    // @ts-expect-error every catalogued figure needs its label: this one has a single label
    const incomplete: Dictionary['metric'] = { 'messages.perDay': 'messages par jour' };
    const key: MetricKey = 'cost.perResolved';
    expect(incomplete[key]).toBeUndefined();
  });
});
