/**
 * The multi-criteria view: speed, coverage, listening, competence, consistency and cost on one
 * radar, each axis scaled so the outer edge is better; a table gives the exact values.
 */
import { useTranslation } from 'react-i18next';
import { drawRadar } from '../charts/radar';
import { formatEstimate, type Unit } from '../metrics/format';
import type { ScenarioResult } from '../metrics/run-scenario';
import { useApp } from '../state/store';
import { presetName } from './names';
import { Figure } from './Figure';

/** Criteria: shares are already 0–1; cost is scored against the cheapest organisation compared. */
const CRITERIA: { key: string; unit: Unit; cost?: boolean }[] = [
  { key: 'sla.attainment', unit: 'share' },
  { key: 'resolvedWithin.1d', unit: 'share' },
  { key: 'coverage.public', unit: 'share' },
  { key: 'coverage.offHours', unit: 'share' },
  { key: 'insight.capture', unit: 'share' },
  { key: 'coverage.competentAnswers', unit: 'share' },
  { key: 'quality.consistent', unit: 'share' },
  { key: 'cost.perResolved', unit: 'money', cost: true },
];

export function Radar({ results }: { results: ScenarioResult[] }) {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const value = (r: ScenarioResult, key: string) => r.summary.metrics[key]?.mean ?? NaN;
  const axes = CRITERIA.map((c) => t(`metric/${c.key}`));
  const costs = results.map((r) => value(r, 'cost.perResolved')).filter((c) => Number.isFinite(c) && c > 0);
  const cheapest = Math.min(...costs);
  // Cost in proportion to the cheapest (the cheapest at the edge, twice as dear half way), so
  // organisations within a few percent of each other stay close on the chart.
  const costScore = (cost: number) => (cost === 0 ? 1 : Number.isFinite(cost) && cost > 0 ? Math.min(1, cheapest / cost) : 0);
  const series = results.map((r) => ({
    name: presetName('organisation', r.organisation, language),
    scores: CRITERIA.map((c) => (c.cost ? costScore(value(r, c.key)) : value(r, c.key))),
    details: CRITERIA.map((c) => formatEstimate(r.summary.metrics[c.key], c.unit, language)),
  }));
  // The summary names, for each organisation, the criteria on which it does best: highest score,
  // ahead of at least one other (a criterion on which all are equal is nobody's).
  const wins = series.map((s) => s.scores.filter((v, i) => Number.isFinite(v)
    && series.every((o) => !(o.scores[i]! > v)) && series.some((o) => o.scores[i]! < v)).length);
  const label = t('radarSummary', { total: CRITERIA.length, values: series.map((s, k) => t('radarBest', { name: s.name, count: wins[k], total: CRITERIA.length })).join('; ') });
  return (
    <section>
      <h2>{t('radarTitle')}</h2>
      <p className="legend">{t('radarLegend')}</p>
      <div data-testid="radar">
        <Figure title={t('radarFigure')} exportName="radar" label={label} deps={[results, language]} draw={(svg) => drawRadar(svg, axes, series, 420)}>
          <div className="table-scroll">
            <table className="values">
              <thead><tr><th />{axes.map((a) => <th key={a} scope="col">{a}</th>)}</tr></thead>
              <tbody>
                {series.map((s) => <tr key={s.name}><th scope="row">{s.name}</th>{s.details.map((d, i) => <td key={i}>{d}</td>)}</tr>)}
              </tbody>
            </table>
          </div>
        </Figure>
      </div>
    </section>
  );
}
