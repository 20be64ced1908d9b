/**
 * Equal service and equal budget, as they come: each organisation's least-cost staffing (people,
 * FTE, cost per month, the target's figure) or why it cannot reach the target; the equal-budget
 * table with paired differences; the cost–service frontier.
 */
import { useTranslation } from 'react-i18next';
import { drawFrontier, type FrontierSeries } from '../../charts/frontier';
import { formatPercent } from '../../charts/words';
import { formatEstimate, formatNumber, formatValue } from '../../metrics/format';
import { useApp } from '../../state/store';
import type { StudyState } from '../../state/study-store';
import { metricKey, readTargets } from '../../study/target';
import { downloadText } from '../download';
import { Figure } from '../Figure';
import { presetName } from '../names';

type Sizing = NonNullable<StudyState['sizing']>;

export function SizingResults({ sizing, running }: { sizing: Sizing; running: boolean }) {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const { settings, results, progress } = sizing;
  const keys = readTargets(settings.target).targets.map(metricKey);
  const level = readTargets(settings.target).targets[0]?.level ?? 0.8;
  const name = (id: string) => presetName('organisation', id, language);
  const money = (x: number | undefined) => (x === undefined ? '—' : formatValue(x, 'money', language));
  const share = (e: Parameters<typeof formatEstimate>[0]) => formatEstimate(e, 'share', language);
  const currency = settings.currency;
  const baseline = results.find((r) => r.organisation === settings.baseline);
  const budget = baseline?.written.metrics['cost.staffPerMonth']?.mean ?? null;
  const colourOf = (id: string) => settings.organisations.indexOf(id);
  const series: FrontierSeries[] = results.map((r) => ({
    label: name(r.organisation),
    colour: colourOf(r.organisation),
    tried: r.tried.map((p) => ({ cost: p.costPerMonth, service: p.service })),
    equalService: r.reachable ? { cost: r.metrics['cost.staffPerMonth']?.mean ?? NaN, service: r.metrics[keys[0]!]?.mean ?? NaN } : null,
    equalBudget: { cost: r.equalBudget.metrics['cost.staffPerMonth']?.mean ?? NaN, service: r.equalBudget.metrics[keys[0]!]?.mean ?? NaN },
  }));
  return (
    <div className="study-results" data-testid="sizing-results">
      <div className="exports-bar">
        <button type="button" data-testid="study-export-json" disabled={results.length === 0}
          onClick={() => downloadText('sizing.json', JSON.stringify({ kind: 'sizing', settings, results }, null, 2) + '\n', 'application/json')}>{t('study/exportJson')}</button>
      </div>
      <div className="table-scroll">
        <table className="scorecard" data-testid="sizing-table">
          <caption>{t('study/sizedTitle')}. {t('study/sizedCaption', { currency })}</caption>
          <thead><tr>
            <th scope="col">{t('study/organisation')}</th><th scope="col">{t('study/fte')}</th><th scope="col">{t('study/costPerMonth')} ({currency})</th>
            {keys.map((k) => <th scope="col" key={k}>{k}</th>)}
            <th scope="col">{t('study/written')}</th>
          </tr></thead>
          <tbody>
            {settings.organisations.map((id) => {
              const r = results.find((x) => x.organisation === id);
              if (!r) {
                const p = progress[id];
                return <tr key={id} data-org={id}><th scope="row">{name(id)}</th><td colSpan={keys.length + 3}>{p ? t('study/searching', { phase: t(`study/phase_${p.phase}`), cost: formatNumber(Math.round(p.cost), 0, language), currency }) : running ? '…' : '—'}</td></tr>;
              }
              const written = `${formatNumber(r.written.metrics['cost.fte']?.mean ?? 0, 1, language)} ${t('study/fte')}, ${money(r.written.metrics['cost.staffPerMonth']?.mean)} ${currency}`;
              if (!r.reachable) return <tr key={id} data-org={id} data-reachable="false"><th scope="row">{name(id)}</th><td colSpan={keys.length + 2} className="problem">{t('study/cannot', { reason: r.reason })}</td><td>{written}</td></tr>;
              return (
                <tr key={id} data-org={id} data-reachable="true">
                  <th scope="row">{name(id)}</th>
                  <td data-key="fte">{formatEstimate(r.metrics['cost.fte'], 'number', language)}</td>
                  <td data-key="cost">{money(r.metrics['cost.staffPerMonth']?.mean)}</td>
                  {keys.map((k) => <td key={k} data-key={k}>{share(r.metrics[k])}</td>)}
                  <td>{written}; {t('study/replicationsUsed', { n: r.replications })}{r.borderline ? `; ${t('study/borderline')}` : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {results.length > 0 && (
        <details className="study-groups">
          <summary>{t('study/groups')}</summary>
          <table className="values" data-testid="sizing-groups">
            <thead><tr><th scope="col">{t('study/organisation')}</th><th scope="col">{t('study/group')}</th><th scope="col">{t('study/people')}</th><th scope="col">{t('study/fte')}</th><th scope="col">{t('study/costPerMonth')} ({currency})</th><th scope="col">{t('study/units')}</th></tr></thead>
            <tbody>{results.flatMap((r) => r.groups.map((g) => (
              <tr key={`${r.organisation}/${g.id}`}><th scope="row">{name(r.organisation)}</th><td>{g.id}</td><td>{formatNumber(g.people, g.people % 1 ? 1 : 0, language)}</td><td>{formatNumber(g.fte, 1, language)}</td><td>{money(g.costPerMonth)}</td><td>{g.units.map((u) => `${u.id} ${formatNumber(u.headcount, u.headcount % 1 ? 2 : 0, language)}`).join(', ')}</td></tr>
            )))}</tbody>
          </table>
        </details>
      )}
      {results.length > 0 && (
        <div className="table-scroll">
          <table className="scorecard" data-testid="budget-table">
            <caption>{t('study/budgetTitle')}. {t('study/budgetCaption', { baseline: name(settings.baseline) })}</caption>
            <thead><tr><th scope="col">{t('study/organisation')}</th><th scope="col">{t('study/factor')}</th><th scope="col">{t('study/costPerMonth')} ({currency})</th>
              {['sla.attainment', 'coverage.answered', 'coverage.public'].map((k) => <th scope="col" key={k}>{t(`metric/${k}`)} (Δ)</th>)}</tr></thead>
            <tbody>{results.map((r) => (
              <tr key={r.organisation} data-org={r.organisation}>
                <th scope="row">{name(r.organisation)}</th>
                <td>×{formatNumber(r.equalBudget.factor, 2, language)}</td>
                <td>{money(r.equalBudget.metrics['cost.staffPerMonth']?.mean)}</td>
                {['sla.attainment', 'coverage.answered', 'coverage.public'].map((k) => (
                  <td key={k} data-key={k}>{share(r.equalBudget.metrics[k])}{r.organisation === settings.baseline ? '' : ` (Δ ${share(r.equalBudget.versusBaseline[k])})`}</td>
                ))}
              </tr>
            ))}</tbody>
          </table>
        </div>
      )}
      {results.length > 0 && (
        <div className="multiples">
          <Figure
            title={t('study/frontierTitle')}
            label={t('study/frontierLegend')}
            exportName="frontier"
            deps={[results, language]}
            table={() => ({
              head: [t('study/organisation'), t('study/costPerMonth'), keys[0]!, ''],
              rows: series.flatMap((s) => [
                ...(s.equalService ? [[s.label, money(s.equalService.cost), formatPercent(s.equalService.service, language), t('study/equalService')]] : []),
                ...(s.equalBudget ? [[s.label, money(s.equalBudget.cost), formatPercent(s.equalBudget.service, language), t('study/equalBudget')]] : []),
              ]),
            })}
            draw={(svg) => drawFrontier(svg, series, {
              width: 420, height: 260, level, budget, formatCost: (v) => formatValue(v, 'money', language), formatShare: (v) => formatPercent(v, language),
              words: { equalService: t('study/equalService'), equalBudget: t('study/equalBudget'), tried: t('study/tried') },
            })}
          />
        </div>
      )}
      {results.length > 0 && <p className="legend">{t('study/frontierLegend')}</p>}
    </div>
  );
}
