/**
 * A headline figure's name as the scorecard, the radar and the exports write it: costs say their
 * currency and the period they cover ("cost, total (EUR, 14 days)"), so no figure is read as a
 * monthly or yearly amount.
 */
import { metricLabelKey, type MetricKey } from '../../metrics/catalogue';
import type { ScenarioResult } from '../../metrics/run-scenario';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface CostContext {
  currency: string;
  /** Days measured (the horizon less the warm-up). */
  days: number;
}

export function metricLabel(key: MetricKey, t: Translate, cost: CostContext | null): string {
  const name = t(metricLabelKey(key));
  if (!cost) return name;
  if (key === 'cost.total') return `${name} (${t('workshop/costOver', { ...cost })})`;
  if (key === 'cost.perResolved' || key === 'cost.perMonth') return `${name} (${t('workshop/costUnit', { ...cost })})`;
  if (key === 'cost.staffHours') return `${name} (${t('workshop/periodDays', { ...cost })})`;
  return name;
}

/** The currency and measured days of a set of results (one company, one horizon). */
export function costContext(results: readonly ScenarioResult[]): CostContext | null {
  const first = results[0];
  return first ? { currency: first.currency, days: first.horizonDays - first.warmupDays } : null;
}
