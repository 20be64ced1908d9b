/**
 * What `size`, `sweep` and `merge` print and write: readable tables for the terminal, and long-format
 * CSV rows (one figure per row, with its 95% interval) for spreadsheets and statistics packages.
 */
import type { Estimate } from '../metrics/aggregate';
import { formatEstimate } from '../metrics/format';
import type { SizedOrganisation, SizingSettings } from '../study/sizing-study';
import type { SweepStudy } from '../study/sweep';
import { metricKey, readTargets } from '../study/target';

const share = (e: Estimate | undefined) => formatEstimate(e, 'share');
const money = (x: number) => Math.round(x).toLocaleString('en-US');

export function printSizing(settings: SizingSettings, results: readonly SizedOrganisation[]): string {
  const { targets } = readTargets(settings.target);
  const keys = targets.map(metricKey);
  const c = settings.currency;
  const lines = [
    `${settings.company}: least-cost staffing meeting ${settings.target} with 95% confidence; seed ${settings.seed}, ${settings.horizonDays} days, ${settings.replicating.min}–${settings.replicating.max} replications per staffing, same arrivals for all`,
    `people = on duty while open; FTE = paid hours / 35 h a week; costs in ${c} per month (30 days) of staff time`,
  ];
  for (const r of results) {
    lines.push('');
    const written = `as written ${formatEstimate(r.written.metrics['cost.fte'], 'number')} FTE, ${money(r.written.metrics['cost.staffPerMonth']?.mean ?? 0)} ${c}/month`;
    if (!r.reachable) { lines.push(`${r.organisation}: CANNOT REACH the target — ${r.reason} (${written})`); continue; }
    const m = r.metrics;
    lines.push(`${r.organisation}: ${formatEstimate(m['cost.fte'], 'number')} FTE, ${money(m['cost.staffPerMonth']?.mean ?? 0)} ${c}/month; ${keys.map((k) => `${k} ${share(m[k])}`).join(', ')} (${r.replications} replications${r.borderline ? '; one step less was too close to call' : ''}; ${written})`);
    for (const g of r.groups) {
      lines.push(`  ${g.id.padEnd(28)} ${String(g.people).padStart(7)} people ${g.fte.toFixed(1).padStart(7)} FTE ${money(g.costPerMonth).padStart(9)} ${c}/month   ${g.units.map((u) => `${u.id} ${u.headcount}`).join(', ')}`);
    }
  }
  const baseline = results.find((r) => r.organisation === settings.baseline);
  lines.push('', `Equal budget: each organisation at ${settings.baseline}'s staff cost${baseline ? ` (${money(baseline.written.metrics['cost.staffPerMonth']?.mean ?? 0)} ${c}/month)` : ''}, every group scaled by one factor; Δ = paired difference against ${settings.baseline} (same seeds), ± 95% CI`);
  for (const r of results) {
    const b = r.equalBudget;
    const diff = (k: string) => (r.organisation === settings.baseline ? '' : ` (Δ ${formatEstimate(b.versusBaseline[k], 'share')})`);
    lines.push(`  ${r.organisation.padEnd(24)} ×${b.factor.toFixed(2)}  SLA ${share(b.metrics['sla.attainment'])}${diff('sla.attainment')}  answered ${share(b.metrics['coverage.answered'])}${diff('coverage.answered')}  public ${share(b.metrics['coverage.public'])}${diff('coverage.public')}`);
  }
  return lines.join('\n');
}

export function sizingCsv(results: readonly SizedOrganisation[]): string {
  const rows = [['organisation', 'section', 'item', 'key', 'mean', 'ci95', 'n'].join(',')];
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const put = (o: string, section: string, item: string, key: string, e: Estimate) => rows.push([o, section, item, key, String(e.mean), String(e.ci), String(e.n)].map(q).join(','));
  for (const r of results) {
    const one = (x: number): Estimate => ({ mean: x, ci: 0, n: 1 });
    put(r.organisation, 'sized', 'reachable', 'reachable', one(r.reachable ? 1 : 0));
    for (const [section, groups] of [['sized', r.groups], ['written', r.written.groups], ['equalBudget', r.equalBudget.groups]] as const) {
      for (const g of groups) {
        put(r.organisation, section, g.id, 'people', one(g.people));
        put(r.organisation, section, g.id, 'fte', one(g.fte));
        put(r.organisation, section, g.id, 'costPerMonth', one(g.costPerMonth));
        for (const u of g.units) put(r.organisation, section, `unit:${u.id}`, 'headcount', one(u.headcount));
      }
    }
    for (const [section, metrics] of [['sized', r.metrics], ['written', r.written.metrics], ['equalBudget', r.equalBudget.metrics], ['equalBudgetVersusBaseline', r.equalBudget.versusBaseline]] as const) {
      for (const [key, e] of Object.entries(metrics)) put(r.organisation, section, 'metric', key, e);
    }
  }
  return rows.join('\n') + '\n';
}

export function printSweep(study: SweepStudy): string {
  const s = study.settings;
  const lines = [
    `${s.company}: volume sweep ×${s.volumes[0]} to ×${s.volumes.at(-1)} (${s.volumes.length} points), ${s.replications} replications each, seed ${s.seed}, ${s.horizonDays} days, same arrivals for all; ± is the 95% CI`,
    `breaking volume = first point whose mean misses ${s.target}; Δ = paired difference against ${s.baseline}; cost per resolved message in ${s.currency}`,
  ];
  for (const o of study.organisations) {
    lines.push('', `${o.organisation}: breaking volume ${o.breakingVolume === null ? `none up to ×${s.volumes.at(-1)}` : o.breakingVolume === s.volumes[0] ? `misses already at ×${o.breakingVolume}` : `×${o.breakingVolume}`}`);
    lines.push(`  ${'volume'.padEnd(8)}${'SLA'.padStart(18)}${'answered'.padStart(18)}${'public'.padStart(18)}${'cost/resolved'.padStart(16)}${o.organisation === s.baseline ? '' : `${'Δ SLA'.padStart(18)}`}`);
    for (const p of o.points) {
      const m = p.metrics;
      lines.push(`  ${`×${p.volume}`.padEnd(8)}${formatEstimate(m['sla.attainment'], 'share').padStart(18)}${formatEstimate(m['coverage.answered'], 'share').padStart(18)}${formatEstimate(m['coverage.public'], 'share').padStart(18)}${formatEstimate(m['cost.perResolved'], 'money').padStart(16)}${p.versusBaseline ? formatEstimate(p.versusBaseline['sla.attainment'], 'share').padStart(18) : ''}`);
    }
  }
  return lines.join('\n');
}

export function sweepCsv(study: SweepStudy): string {
  const rows = [['organisation', 'volume', 'key', 'mean', 'ci95', 'n', 'versusBaseline', 'versusBaselineCi95', 'breakingVolume'].join(',')];
  for (const o of study.organisations) {
    for (const p of o.points) {
      for (const [key, e] of Object.entries(p.metrics)) {
        const d = p.versusBaseline?.[key];
        rows.push([o.organisation, p.volume, key, e.mean, e.ci, e.n, d?.mean ?? '', d?.ci ?? '', o.breakingVolume ?? ''].join(','));
      }
    }
  }
  return rows.join('\n') + '\n';
}

