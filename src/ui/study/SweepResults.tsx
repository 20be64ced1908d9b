/**
 * The volume sweep, as its points come: service, answered share, public coverage and cost per
 * resolved message against volume with 95% bands and each organisation's breaking volume; the
 * paired differences against the baseline.
 */
import { useTranslation } from 'react-i18next';
import { drawBandLines, type BandSeries } from '../../charts/band-lines';
import { OKABE_ITO } from '../../charts/radar';
import { formatPercent } from '../../charts/words';
import { formatEstimate, formatNumber, formatValue } from '../../metrics/format';
import type { MetricKey } from '../../metrics/catalogue';
import { useApp } from '../../state/store';
import type { StudyState } from '../../state/study-store';
import { finishSweep } from '../../study/sweep';
import { metricKey, readTargets } from '../../study/target';
import { downloadText } from '../download';
import { Figure } from '../Figure';
import { presetName } from '../names';

type Sweep = NonNullable<StudyState['sweep']>;

const CHARTS: { key: MetricKey; unit: 'share' | 'money' }[] = [
  { key: 'sla.attainment', unit: 'share' },
  { key: 'coverage.answered', unit: 'share' },
  { key: 'coverage.public', unit: 'share' },
  { key: 'cost.perResolved', unit: 'money' },
];

export function SweepResults({ sweep }: { sweep: Sweep }) {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const study = finishSweep(sweep.settings, sweep.cells);
  const { settings } = study;
  const target = readTargets(settings.target).targets[0];
  const targetKey = target ? metricKey(target) : 'sla.attainment';
  const name = (id: string) => presetName('organisation', id, language);
  const colourOf = (id: string) => settings.organisations.indexOf(id);
  const x = (v: number) => `×${formatNumber(v, v < 1 ? 2 : v % 1 ? 1 : 0, language)}`;
  const format = (unit: 'share' | 'money') => (v: number) => (unit === 'share' ? formatPercent(v, language) : formatValue(v, 'money', language));
  const done = study.organisations.filter((o) => o.points.length === settings.volumes.length);
  const seriesOf = (key: string, pick: 'metrics' | 'versusBaseline'): BandSeries[] => study.organisations
    .filter((o) => o.points.length > 0 && (pick === 'metrics' || o.organisation !== settings.baseline))
    .map((o) => ({
      label: name(o.organisation),
      colour: colourOf(o.organisation),
      points: o.points.filter((p) => p[pick]?.[key]).map((p) => ({ x: p.volume, mean: p[pick]![key]!.mean, ci: p[pick]![key]!.ci })),
      marker: pick === 'metrics' && key === targetKey && o.points.length === settings.volumes.length ? o.breakingVolume : null,
    }));
  const tableOf = (key: string, unit: 'share' | 'money', pick: 'metrics' | 'versusBaseline') => () => ({
    head: [t('study/organisation'), ...settings.volumes.map(x)],
    rows: study.organisations.filter((o) => pick === 'metrics' || o.organisation !== settings.baseline).map((o) => [
      name(o.organisation), ...settings.volumes.map((v) => { const e = o.points.find((p) => p.volume === v)?.[pick]?.[key]; return e ? formatEstimate(e, unit, language) : '—'; }),
    ]),
  });
  return (
    <div className="study-results" data-testid="sweep-results">
      <div className="exports-bar">
        <button type="button" data-testid="study-export-json" disabled={sweep.cells.length === 0}
          onClick={() => downloadText('sweep.json', JSON.stringify(study, null, 2) + '\n', 'application/json')}>{t('study/exportJson')}</button>
      </div>
      <table className="values" data-testid="breaking-table">
        <caption>{t('study/breaking')} ({settings.target})</caption>
        <tbody>{done.map((o) => (
          <tr key={o.organisation} data-org={o.organisation} data-breaking={o.breakingVolume ?? 'none'}>
            <th scope="row">{name(o.organisation)}</th>
            <td>{o.breakingVolume === null ? t('study/neverBreaks', { volume: formatNumber(settings.volumes.at(-1)!, 2, language) })
              : o.breakingVolume === settings.volumes[0] ? t('study/brokenAlready', { volume: formatNumber(o.breakingVolume, 2, language) })
              : t('study/breaksAt', { volume: formatNumber(o.breakingVolume, 2, language) })}</td>
          </tr>
        ))}</tbody>
      </table>
      <p className="legend">{settings.organisations.map((id) => <span key={id} className="swatch-label"><span style={{ color: OKABE_ITO[colourOf(id) % OKABE_ITO.length] }}>■</span> {name(id)} </span>)} — {t('study/sweepLegend')}</p>
      <div className="multiples" data-testid="sweep-charts">
        {CHARTS.map(({ key, unit }) => (
          <Figure key={key} title={t('study/sweepTitle', { figure: t(`metric/${key}`) })} label={t('study/sweepLegend')} exportName="sweep"
            deps={[sweep.cells.length, language]} table={tableOf(key, unit, 'metrics')}
            draw={(svg) => drawBandLines(svg, seriesOf(key, 'metrics'), {
              width: 360, height: 220, logX: true, formatX: x, formatY: format(unit),
              ...(key === targetKey && target ? { reference: target.level } : {}), ...(unit === 'share' ? { yDomain: [0, 1] as [number, number] } : {}),
            })} />
        ))}
        <Figure title={t('study/diffTitle', { baseline: name(settings.baseline), figure: t('metric/sla.attainment') })} label={t('study/diffLegend', { baseline: name(settings.baseline) })} exportName="paired"
          deps={[sweep.cells.length, language]} table={tableOf('sla.attainment', 'share', 'versusBaseline')}
          draw={(svg) => drawBandLines(svg, seriesOf('sla.attainment', 'versusBaseline'), { width: 360, height: 220, logX: true, formatX: x, formatY: format('share'), reference: 0 })} />
      </div>
    </div>
  );
}
