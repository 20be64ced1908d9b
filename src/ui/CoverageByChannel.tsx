/** Small multiples: share of messages answered on each channel, one chart per organisation, same scale. */
import { useTranslation } from 'react-i18next';
import { drawBars, type BarRow } from '../charts/bars';
import type { ScenarioResult } from '../metrics/run-scenario';
import { useApp } from '../state/store';
import { presetName } from './names';
import { Figure } from './Figure';

function rowsOf(result: ScenarioResult): BarRow[] {
  const m = result.summary.metrics;
  return Object.keys(m)
    .filter((k) => /^channel\.[^.]+\.answered$/.test(k))
    .map((k) => ({ label: k.split('.')[1]!, value: m[k]!.mean, ci: m[k]!.ci }));
}

function Chart({ result }: { result: ScenarioResult }) {
  const rows = rowsOf(result);
  const language = useApp((s) => s.language);
  return (
    <Figure
      title={presetName('organisation', result.organisation, language)}
      exportName="coverage"
      deps={[result]}
      label={`Share answered by channel: ${rows.map((r) => `${r.label} ${Math.round(r.value * 100)}%`).join(', ')}`}
      draw={(svg) => drawBars(svg, rows, { width: 260, max: 1, format: (v) => `${Math.round(v * 100)}%` })}
    />
  );
}

export function CoverageByChannel({ results }: { results: ScenarioResult[] }) {
  const { t } = useTranslation();
  return (
    <section>
      <h2>{t('coverageTitle')}</h2>
      <div className="multiples" data-testid="coverage-by-channel">
        {results.map((r) => <Chart key={r.organisation} result={r} />)}
      </div>
    </section>
  );
}
