/**
 * Small multiples: share of messages answered on each channel and for each intent, one chart per
 * organisation, same scale, with a table of the values and their confidence intervals.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { drawBars, type BarRow } from '../charts/bars';
import { formatPercent } from '../charts/words';
import { formatValue } from '../metrics/format';
import type { ScenarioResult } from '../metrics/run-scenario';
import { useApp } from '../state/store';
import { partName, presetName } from './names';
import { Figure } from './Figure';
import { ChartGroup } from './workshop/ChartGroup';
import { organisationColour } from './workshop/organisation-groups';

type By = 'channels' | 'intents';
const PREFIX: Record<By, string> = { channels: 'channel', intents: 'intent' };

function rowsOf(result: ScenarioResult, by: By, language: 'en' | 'fr'): (BarRow & { n: number })[] {
  const m = result.summary.metrics;
  const pattern = new RegExp(`^${PREFIX[by]}\\.([^.]+)\\.answered$`);
  return Object.keys(m).flatMap((k) => {
    const id = pattern.exec(k)?.[1];
    return id ? [{ label: partName(result.company, by, id, language), value: m[k]!.mean, ci: m[k]!.ci, n: m[k]!.n }] : [];
  });
}

function Chart({ result, by }: { result: ScenarioResult; by: By }) {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const rows = useMemo(() => rowsOf(result, by, language), [result, by, language]);
  const percent = (v: number) => formatPercent(v, language);
  return (
    <Figure
      title={presetName('organisation', result.organisation, language)}
      colour={organisationColour(result.organisation)}
      exportName={`coverage by ${PREFIX[by]}`}
      deps={[result, language]}
      label={t('coverageLabel', { values: rows.map((r) => `${r.label} ${percent(r.value)}`).join(', ') })}
      table={() => ({ head: [t(`coverageBy/${by}`), t('answeredShare'), t('interval95')], rows: rows.map((r) => [r.label, formatValue(r.value, 'share', language), r.n < 2 ? '—' : `± ${formatValue(r.ci, 'share', language)}`]) })}
      draw={(svg) => drawBars(svg, rows, { width: 300, max: 1, format: percent })}
    />
  );
}

export function CoverageByChannel({ results }: { results: ScenarioResult[] }) {
  const { t } = useTranslation();
  return (
    <section>
      <h2>{t('coverageTitle')}</h2>
      <ChartGroup chart={t('coverageTitle')} exportName="coverage-by-channel" testId="coverage-by-channel" legend={() => [{ text: t('workshop/coverageLegend') }]}>
        {results.map((r) => <Chart key={r.organisation} result={r} by="channels" />)}
      </ChartGroup>
      <h3>{t('coverageIntentTitle')}</h3>
      <ChartGroup chart={t('coverageIntentTitle')} exportName="coverage-by-intent" testId="coverage-by-intent" legend={() => [{ text: t('workshop/coverageLegend') }]}>
        {results.map((r) => <Chart key={r.organisation} result={r} by="intents" />)}
      </ChartGroup>
    </section>
  );
}
