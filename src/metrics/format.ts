/**
 * Human-readable figures: minutes as "4.2 min" or "3.5 h", shares as percentages, each with its
 * 95% confidence interval. Shared by the CLI and, later, the app's text alternatives.
 */
import type { Estimate } from './aggregate';

export type Unit = 'minutes' | 'share' | 'count' | 'money' | 'hours' | 'number';

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'minutes':
      if (Math.abs(value) >= 2 * 1440) return `${(value / 1440).toFixed(1)} d`;
      if (Math.abs(value) >= 120) return `${(value / 60).toFixed(1)} h`;
      return `${value.toFixed(value < 10 ? 2 : 1)} min`;
    case 'share':
      return `${(value * 100).toFixed(1)}%`;
    case 'count':
      return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);
    case 'money':
      return Math.round(value).toLocaleString('en-US');
    case 'hours':
      return `${value.toFixed(0)} h`;
    default:
      return value.toFixed(Math.abs(value) < 10 ? 2 : 1);
  }
}

/** "4.20 min ± 0.31 min" (the ± part omitted for a single replication). */
export function formatEstimate(e: Estimate | undefined, unit: Unit): string {
  if (!e) return 'n/a';
  const main = formatValue(e.mean, unit);
  if (e.n < 2) return main;
  return `${main} ± ${formatValue(e.ci, unit === 'share' ? 'share' : unit)}`;
}
