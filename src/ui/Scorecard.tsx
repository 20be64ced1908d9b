/**
 * The scorecard: one column per organisation, one row per headline figure, with its 95% CI and the
 * best of each row marked. Clicking a row's label orders the organisations by that figure.
 */
import { useTranslation } from 'react-i18next';
import { ranksHighFirst } from '../metrics/catalogue';
import { formatEstimate } from '../metrics/format';
import type { ScenarioResult } from '../metrics/run-scenario';
import { scorecard } from '../metrics/scorecard';
import { useApp, type RunSettings } from '../state/store';
import { presetName } from './names';
import { comparisonJson } from '../metrics/export';
import { CsvExport } from './workshop/CsvExport';
import { downloadText } from './download';
import { Warnings } from './Warnings';
import { warningsOf } from '../metrics/warnings';
import { costContext, metricLabel } from './workshop/metric-label';
import { organisationColour } from './workshop/organisation-groups';

/** `settings` are those the results were computed with (not necessarily those in view). */
export function Scorecard({ results, settings }: { results: ScenarioResult[]; settings: RunSettings | null }) {
  const sortBy = useApp((s) => s.sortBy);
  const setSortBy = useApp((s) => s.setSortBy);
  const language = useApp((s) => s.language);
  const { t } = useTranslation();
  const rows = scorecard(results);
  const cost = costContext(results);
  const sortRow = rows.find((r) => r.headline.key === sortBy);
  const order = results.map((_, i) => i);
  if (sortRow) {
    const sign = ranksHighFirst(sortRow.headline) ? -1 : 1;
    // Organisations without the figure go last, whichever the direction.
    const key = (i: number) => { const mean = sortRow.cells[i]?.mean; return mean !== undefined && Number.isFinite(mean) ? mean : Infinity * sign; };
    order.sort((a, b) => { const x = key(a), y = key(b); return x === y ? 0 : sign * (x - y); });
  }
  return (
    <section>
    <h2>{t('scorecardTitle')}</h2>
    <div className="exports-bar">
      <CsvExport results={results} settings={settings} />
      <button type="button" data-testid="export-json" disabled={!settings} onClick={() => {
        if (!settings) return;
        downloadText('comparison.json', comparisonJson(results, { company: settings.companyId, seed: settings.seed, replications: settings.replications, horizonDays: results[0]?.horizonDays ?? 0, levers: settings.levers }), 'application/json');
      }}>{t('exportJson')}</button>
      <button type="button" data-testid="print" onClick={() => window.print()}>{t('print')}</button>
    </div>
    <div className="table-scroll">
    {/* Each organisation's column keeps room for "42.4 min" and "± 6.01 min ★" (two lines at most); narrower screens scroll. */}
    <table className="scorecard" data-testid="scorecard" style={{ minWidth: `${14 + 7 * results.length}em` }}>
      <caption>{t('scorecardCaption')} {results[0] ? t('scorecardCosts', { currency: results[0].currency }) : null} <span className="screen-only">{t('scorecardHint')}</span></caption>
      <thead>
        <tr>
          <th scope="col">{t('figure')}</th>
          {order.map((i) => <th scope="col" key={results[i]!.organisation}><span className="swatch" style={{ background: organisationColour(results[i]!.organisation) }} aria-hidden="true" /> {presetName('organisation', results[i]!.organisation, language)}{warningsOf(results[i]!.summary).length > 0 ? ' ⚠' : ''}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.filter((r) => r.cells.some(Boolean)).map((row) => (
          <tr key={row.headline.key} className={row.headline.key === sortBy ? 'sorted' : undefined}>
            {/* The organisations (columns) are ordered by this row's values, best first. */}
            <th scope="row" aria-sort={row.headline.key !== sortBy ? undefined : ranksHighFirst(row.headline) ? 'descending' : 'ascending'}>
              <button type="button" className="link" aria-pressed={row.headline.key === sortBy} onClick={() => setSortBy(row.headline.key === sortBy ? null : row.headline.key)}>{metricLabel(row.headline.key, t, cost)}</button>
            </th>
            {order.map((i) => (
              <td key={i} data-key={row.headline.key} data-org={results[i]!.organisation} className={row.best.includes(i) ? 'best' : undefined}>
                <Estimate text={formatEstimate(row.cells[i], row.headline.unit, language)} />{row.best.includes(i) ? ' ★' : ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
    <Warnings results={results} />
    </section>
  );
}

/** "42.4 min ± 6.01 min": it may wrap before the ±, never inside a number and its unit. */
function Estimate({ text }: { text: string }) {
  const [mean, ci] = text.split(' ± ');
  return ci === undefined ? <span className="nowrap">{mean}</span> : <><span className="nowrap">{mean}</span> <span className="nowrap">± {ci}</span></>;
}
