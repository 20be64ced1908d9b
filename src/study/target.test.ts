import { describe, expect, it } from 'vitest';
import { metricKey, readTargets, writeTargets } from './target';

describe('service targets', () => {
  it('read the forms the CLI and the link accept, and write them back the same', () => {
    const text = 'sla:0.8/20s,sla:0.9@intent:complaint,answered:0.95@channel:phone,public:0.9';
    const { targets, problems } = readTargets(text);
    expect(problems).toEqual([]);
    expect(targets.map(metricKey)).toEqual(['sla.attainment', 'intent.complaint.sla', 'channel.phone.answered', 'coverage.public']);
    expect(targets[0]!.withinMinutes).toBeCloseTo(1 / 3, 9);
    expect(writeTargets(targets)).toBe(text);
  });

  it.each([
    ['sla:1', /below 1/],
    ['sla:0', /above 0/],
    ['sla:0.8/20y', /like 20s, 60m/],
    ['answered:0.8/1h', /only makes sense for the "sla" measure/],
    ['sla:0.8/1h,sla:0.9/2h', /same channel/],
    ['', /empty/],
  ])('name what is wrong with "%s" and how to write it', (text, message) => {
    expect(readTargets(text).problems.join(' ')).toMatch(message);
  });
});
