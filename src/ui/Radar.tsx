/**
 * The multi-criteria view: speed, coverage, listening, competence, consistency and cost on one
 * radar (the catalogue's radar axes), each scaled so the outer edge is better: shares as they are,
 * a cost against the cheapest organisation compared; a table gives the exact values.
 */
import { useTranslation } from 'react-i18next';
import { drawRadar } from '../charts/radar';
import { RADAR_AXES } from '../metrics/catalogue';
import { formatEstimate } from '../metrics/format';
import type { ScenarioResult } from '../metrics/run-scenario';
import { useApp } from '../state/store';
import { presetName } from './names';
import { Figure } from './Figure';
import { ChartGroup } from './workshop/ChartGroup';
import { organisationColour } from './workshop/organisation-groups';
import { costContext, metricLabel } from './workshop/metric-label';

export function Radar({ results }: { results: ScenarioResult[] }) {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const value = (r: ScenarioResult, key: string) => r.summary.metrics[key]?.mean ?? NaN;
  const cost = costContext(results);
  const axes = RADAR_AXES.map((c) => metricLabel(c.key, t, cost));
  // A cost in proportion to the cheapest (the cheapest at the edge, twice as dear half way), so
  // organisations within a few percent of each other stay close on the chart.
  const cheapest = (key: string) => Math.min(...results.map((r) => value(r, key)).filter((c) => Number.isFinite(c) && c > 0));
  const costScore = (cost: number, least: number) => (cost === 0 ? 1 : Number.isFinite(cost) && cost > 0 ? Math.min(1, least / cost) : 0);
  const score = (r: ScenarioResult, c: (typeof RADAR_AXES)[number]) => (c.radar.score === 'againstCheapest' ? costScore(value(r, c.key), cheapest(c.key)) : value(r, c.key));
  const series = results.map((r) => ({
    name: presetName('organisation', r.organisation, language),
    colour: organisationColour(r.organisation),
    scores: RADAR_AXES.map((c) => score(r, c)),
    details: RADAR_AXES.map((c) => formatEstimate(r.summary.metrics[c.key], c.unit, language)),
  }));
  // The summary names, for each organisation, the criteria on which it does best: highest score,
  // ahead of at least one other (a criterion on which all are equal is nobody's).
  const wins = series.map((s) => s.scores.filter((v, i) => Number.isFinite(v)
    && series.every((o) => !(o.scores[i]! > v)) && series.some((o) => o.scores[i]! < v)).length);
  const label = t('radarSummary', { total: RADAR_AXES.length, values: series.map((s, k) => t('radarBest', { name: s.name, count: wins[k], total: RADAR_AXES.length })).join('; ') });
  return (
    <section>
      <h2>{t('radarTitle')}</h2>
      <p className="legend">{t('radarLegend')}</p>
      <ChartGroup chart={t('radarTitle')} exportName="radar" testId="radar" sideBySide={false} legend={() => [{ text: t('radarLegend') }]}>
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
      </ChartGroup>
    </section>
  );
}
