/**
 * The multi-criteria view: speed, coverage, listening, competence, consistency and cost on one
 * radar, each axis scaled so the outer edge is better; a table gives the exact values.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { drawRadar } from '../charts/radar';
import { scheduleDraw } from '../charts/draw-queue';
import { formatEstimate, type Unit } from '../metrics/format';
import type { ScenarioResult } from '../metrics/run-scenario';
import { useApp } from '../state/store';
import { presetName } from './names';

/** Criteria: shares are already 0–1; cost is scaled between the cheapest and dearest organisation. */
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
  const ref = useRef<SVGSVGElement>(null);
  const value = (r: ScenarioResult, key: string) => r.summary.metrics[key]?.mean ?? NaN;
  const axes = CRITERIA.map((c) => t(`metric/${c.key}`));
  const costs = results.map((r) => value(r, 'cost.perResolved')).filter(Number.isFinite);
  const [low, high] = [Math.min(...costs), Math.max(...costs)];
  const series = results.map((r) => ({
    name: presetName('organisation', r.organisation, language),
    scores: CRITERIA.map((c) => (c.cost ? (high > low ? (high - value(r, c.key)) / (high - low) * 0.8 + 0.2 : 1) : value(r, c.key))),
    details: CRITERIA.map((c) => formatEstimate(r.summary.metrics[c.key], c.unit, language)),
  }));
  useEffect(() => {
    const svg = ref.current;
    if (svg) scheduleDraw(svg, () => drawRadar(svg, axes, series, 420));
  });
  return (
    <section>
      <h2>{t('radarTitle')}</h2>
      <p className="legend">{t('radarLegend')}</p>
      <figure className="multiple" data-testid="radar">
        <svg ref={ref} role="img" aria-label={t('radarTitle')} />
        <table className="values">
          <thead><tr><th />{axes.map((a) => <th key={a} scope="col">{a}</th>)}</tr></thead>
          <tbody>
            {series.map((s) => <tr key={s.name}><th scope="row">{s.name}</th>{s.details.map((d, i) => <td key={i}>{d}</td>)}</tr>)}
          </tbody>
        </table>
      </figure>
    </section>
  );
}
