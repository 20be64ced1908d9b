/**
 * The CLI's outputs: a readable summary for the terminal, and machine-readable JSON or CSV.
 */
import type { ScenarioResult } from '../metrics/run-scenario';
import { formatEstimate } from '../metrics/format';
import { HEADLINES } from '../metrics/catalogue';
import { en } from '../ui/locales/en';
import { UNSTABLE_SHARE } from '../metrics/stability';
import { warningText, warningsOf } from '../metrics/warnings';

export function textSummary(result: ScenarioResult, title: string): string {
  const m = result.summary.metrics;
  const lines: string[] = [];
  lines.push(`${title}`);
  lines.push(`company ${result.company}, organisation ${result.organisation}; seed ${result.seed}, ${result.replications} replication(s) of ${result.horizonDays} days${result.warmupDays ? ` after ${result.warmupDays} days of warm-up` : ''}; ± is the 95% confidence interval; costs in ${result.currency}, per month = 30 days`);
  const arrived = m['messages.arrived']?.mean ?? 0;
  const part = (k: string) => (m[k]?.mean ?? 0).toFixed(1);
  lines.push(`messages per replication: ${arrived.toFixed(1)} arrived = ${part('messages.answered')} answered + ${part('messages.dropped')} dropped + ${part('messages.abandoned')} abandoned + ${part('messages.open')} open at the horizon`);
  lines.push('');
  const width = Math.max(...HEADLINES.map((h) => en.metric[h.key].length));
  for (const { key, unit } of HEADLINES) {
    if (m[key]) lines.push(`  ${en.metric[key].padEnd(width)}  ${formatEstimate(m[key], unit)}`);
  }
  const unitIds = [...new Set(Object.keys(m).filter((k) => k.startsWith('unit.') && k.endsWith('.utilisation')).map((k) => k.slice(5, -12)))];
  if (unitIds.length) {
    lines.push('');
    lines.push('  utilisation per unit');
    for (const id of unitIds) {
      const unstable = (m[`unit.${id}.unstable`]?.mean ?? 0) >= UNSTABLE_SHARE ? '   UNSTABLE' : '';
      lines.push(`    ${id.padEnd(width - 2)}  ${formatEstimate(m[`unit.${id}.utilisation`], 'share')}   mean backlog ${formatEstimate(m[`unit.${id}.meanBacklog`], 'number')}${unstable}`);
    }
  }
  const warnings = budgetWarnings([result]);
  if (warnings.length) lines.push('', ...warnings.map((w) => `  ${w}`));
  const notes = warningsOf(result.summary);
  if (notes.length) lines.push('', ...notes.map((w) => `  WARNING: ${warningText(w)}`));
  return lines.join('\n');
}

/** Replications stopped before the horizon by a budget: the CLI then exits with code 3. */
export function stoppedByBudget(results: ScenarioResult[]): boolean {
  return results.some((r) => r.summary.runs.some((x) => x.stopReason === 'budget' || x.stopReason === 'memory'));
}

/** One line per organisation and budget that stopped replications, naming the setting to change. */
export function budgetWarnings(results: ScenarioResult[]): string[] {
  const warnings: string[] = [];
  for (const result of results) {
    const count = (reason: string) => result.summary.runs.filter((r) => r.stopReason === reason).length;
    const events = count('budget'), memory = count('memory');
    const who = results.length > 1 ? `${result.organisation}: ` : '';
    if (events) warnings.push(`WARNING: ${who}${events} replication(s) ran out of their event budget and stopped before the horizon; raise run.eventBudget or shorten the horizon.`);
    if (memory) {
      warnings.push(
        `WARNING: ${who}${memory} replication(s) reached the memory budget and stopped before the horizon (their figures cover the simulated part only); ` +
          'raise run.memoryBudgetMB in the scenario or --memory-budget MB (each thread runs one replication at a time), or shorten the horizon or lower the volume.',
      );
    }
  }
  return warnings;
}

export function toJson(result: ScenarioResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

