/**
 * The headline figures shown first by the CLI summary and the app, with how to print each.
 */
import type { Unit } from './format';

export interface Headline {
  label: string;
  key: string;
  unit: Unit;
  /** Whether a higher value is better (for marking the best organisation). */
  higherIsBetter: boolean;
}

const h = (label: string, key: string, unit: Unit, higherIsBetter: boolean): Headline => ({ label, key, unit, higherIsBetter });

export const HEADLINES: Headline[] = [
  h('messages per day', 'messages.perDay', 'count', true),
  h('first response, mean', 'firstResponse.mean', 'minutes', false),
  h('first response, p50', 'firstResponse.p50', 'minutes', false),
  h('first response, p90', 'firstResponse.p90', 'minutes', false),
  h('resolution, mean', 'resolution.mean', 'minutes', false),
  h('resolution, p50', 'resolution.p50', 'minutes', false),
  h('resolution, p90', 'resolution.p90', 'minutes', false),
  h('resolved within a day (all messages)', 'resolvedWithin.1d', 'share', true),
  h('first response within expected time (SLA)', 'sla.attainment', 'share', true),
  h('coverage: answered', 'coverage.answered', 'share', true),
  h('coverage: public messages answered', 'coverage.public', 'share', true),
  h('coverage: nights and weekends answered', 'coverage.offHours', 'share', true),
  h('coverage: answers from a competent unit', 'coverage.competentAnswers', 'share', true),
  h('insight capture (suggestions reaching their function)', 'insight.capture', 'share', true),
  h('hand-offs per answered message', 'handoffs.perAnswered', 'number', false),
  h('correct answers', 'quality.correct', 'share', true),
  h('consistent answers', 'quality.consistent', 'share', true),
  h('bad-buzz episodes', 'quality.badBuzzEpisodes', 'number', false),
  h('staff hours', 'cost.staffHours', 'hours', false),
  h('cost, total', 'cost.total', 'money', false),
  h('cost per resolved message', 'cost.perResolved', 'money', false),
];
