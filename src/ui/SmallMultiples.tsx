/**
 * Small multiples, one figure per organisation with the same scales across them: latency
 * distributions, and inbound volume with backlog over time. Each has a text alternative.
 */
import { useTranslation } from 'react-i18next';
import { drawDistribution, formatMinutes } from '../charts/distribution';
import { drawLoad, drawUtilisation, totalBacklog } from '../charts/load-over-time';
import { OKABE_ITO } from '../charts/radar';
import { drawSankey } from '../charts/sankey';
import type { ScenarioResult } from '../metrics/run-scenario';
import { useApp } from '../state/store';
import { Figure } from './Figure';
import { presetName } from './names';

const BLUE = '#0072B2';
const ORANGE = '#E69F00';


export function LatencyDistributions({ results }: { results: ScenarioResult[] }) {
  const language = useApp((s) => s.language);
  const { t } = useTranslation();
  const max = Math.max(1, ...results.flatMap((r) => [...r.summary.distributions.firstResponse, ...r.summary.distributions.resolution]).filter(Number.isFinite));
  return (
    <section>
      <h2>{t('waitTitle')}</h2>
      <p className="legend"><span style={{ color: BLUE }}>■</span> {t('firstResponse')} <span style={{ color: ORANGE }}>■</span> {t('resolution')} — {t('waitLegend')}</p>
      <div className="multiples" data-testid="latency">
        {results.map((r) => {
          const d = r.summary.distributions;
          const median = (q: number[]) => (q.length ? formatMinutes(q[10]!) : 'n/a');
          return (
            <Figure
              key={r.organisation}
              title={presetName('organisation', r.organisation, language)}
              label={`Median first response ${median(d.firstResponse)}, median resolution ${median(d.resolution)}`}
              exportName="latency"
              deps={[r, max]}
              draw={(svg) => drawDistribution(svg, [
                { name: 'first response', colour: BLUE, quantiles: d.firstResponse },
                { name: 'resolution', colour: ORANGE, quantiles: d.resolution },
              ], { width: 300, height: 170, maxMinutes: max })}
            />
          );
        })}
      </div>
    </section>
  );
}

export function LoadOverTime({ results }: { results: ScenarioResult[] }) {
  const language = useApp((s) => s.language);
  const { t } = useTranslation();
  const backlogs = results.map((r) => totalBacklog(r.summary.series.backlog));
  const maxArrivals = Math.max(1, ...results.flatMap((r) => r.summary.series.arrivals));
  const maxBacklog = Math.max(1, ...backlogs.flat());
  return (
    <section>
      <h2>{t('loadTitle')}</h2>
      <p className="legend"><span style={{ color: '#888' }}>■</span> {t('arrivalsLegend')} <span style={{ color: '#D55E00' }}>■</span> {t('backlogLegend')}</p>
      <div className="multiples" data-testid="load">
        {results.map((r, i) => (
          <Figure
            key={r.organisation}
            title={presetName('organisation', r.organisation, language)}
            label={`Peak arrivals ${Math.round(Math.max(...r.summary.series.arrivals))} an hour, peak backlog ${Math.round(Math.max(...backlogs[i]!))} messages`}
            exportName="load"
            deps={[r, maxArrivals, maxBacklog]}
            draw={(svg) => drawLoad(svg, { interval: r.summary.series.interval, arrivals: r.summary.series.arrivals, backlog: backlogs[i]! }, { width: 300, height: 150, maxArrivals, maxBacklog })}
          />
        ))}
      </div>
    </section>
  );
}

/** Publics → channels → first unit → outcome; heights proportional to volume, so widths compare. */
export function MessageFlows({ results }: { results: ScenarioResult[] }) {
  const language = useApp((s) => s.language);
  const { t } = useTranslation();
  const totals = results.map((r) => r.summary.flows.links.filter(([a]) => a.startsWith('public:')).reduce((s, [, , v]) => s + v, 0));
  const max = Math.max(1, ...totals);
  return (
    <section>
      <h2>{t('flowsTitle')}</h2>
      <p className="legend">{t('flowsLegend')}</p>
      <div className="multiples" data-testid="flows">
        {results.map((r, i) => {
          const outcomes = r.summary.flows.links.filter(([, b]) => b.startsWith('outcome:'));
          const byOutcome = new Map<string, number>();
          for (const [, b, v] of outcomes) byOutcome.set(b, (byOutcome.get(b) ?? 0) + v);
          const label = [...byOutcome].map(([k, v]) => `${k.slice(8)} ${Math.round(v)}`).join(', ');
          return (
            <Figure
              key={r.organisation}
              title={presetName('organisation', r.organisation, language)}
              label={`Messages per replication by outcome: ${label}`}
              exportName="flows"
              deps={[r, max]}
              draw={(svg) => drawSankey(svg, r.summary.flows.links, { width: 420, height: Math.round(80 + 300 * (totals[i]! / max)) })}
            />
          );
        })}
      </div>
    </section>
  );
}

/** The four busiest units of each organisation, their utilisation day by day. */
export function UtilisationOverTime({ results }: { results: ScenarioResult[] }) {
  const language = useApp((s) => s.language);
  const { t } = useTranslation();
  return (
    <section>
      <h2>{t('utilisationTitle')}</h2>
      <p className="legend">{t('utilisationLegend')}</p>
      <div className="multiples" data-testid="utilisation">
        {results.map((r) => {
          const m = r.summary.metrics;
          const busiest = Object.keys(r.summary.series.utilisation)
            .sort((a, b) => (m[`unit.${b}.utilisation`]?.mean ?? 0) - (m[`unit.${a}.utilisation`]?.mean ?? 0))
            .slice(0, 4);
          const lines = busiest.map((id, k) => ({ name: id.replace(/_/g, ' '), colour: OKABE_ITO[k]!, values: r.summary.series.utilisation[id]!, weights: r.summary.series.onDuty[id]! }));
          return (
            <Figure
              key={r.organisation}
              title={presetName('organisation', r.organisation, language)}
              exportName="utilisation"
              deps={[r]}
              label={`Busiest units: ${busiest.map((id) => `${id} ${Math.round((m[`unit.${id}.utilisation`]?.mean ?? 0) * 100)}%`).join(', ')}`}
              draw={(svg) => {
                drawUtilisation(svg, r.summary.series.interval, lines, { width: 300, height: 180 });
              }}
            />
          );
        })}
      </div>
    </section>
  );
}
