/**
 * Results as files: CSV of every figure (one row per organisation and metric) and JSON of the
 * whole comparison. Pure; shared by the CLI and the app's export buttons.
 */
import type { ScenarioResult } from './run-scenario';

/** One row per figure: scenario, metric, mean, 95% CI half-width, replications measured. */
export function toCsv(results: readonly ScenarioResult[]): string {
  const rows = ['organisation,company,metric,mean,ci95,n'];
  for (const r of results) {
    for (const [key, e] of Object.entries(r.summary.metrics)) rows.push([r.organisation, r.company, key, e.mean, e.ci, e.n].map(csvCell).join(','));
  }
  return rows.join('\n') + '\n';
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The comparison as the CLI's --out results.json writes it. */
export function comparisonJson(results: readonly ScenarioResult[], settings: { company: string; seed: number; replications: number; horizonDays: number; levers?: unknown }): string {
  return JSON.stringify({ ...settings, organisations: results }, null, 2) + '\n';
}
