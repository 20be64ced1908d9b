/**
 * Small multiples, one figure per organisation with the same scales across them: latency
 * distributions, message flows, inbound volume with backlog, and utilisation over time. Each has
 * a summary and a table of its data as text alternatives.
 */
import { useTranslation } from 'react-i18next';
import { drawDistribution } from '../charts/distribution';
import { byDay, drawLoad, drawUtilisation, peak, sum, totalBacklog } from '../charts/load-over-time';
import { OKABE_ITO } from '../charts/radar';
import { drawSankey } from '../charts/sankey';
import { formatMinutes, formatPercent } from '../charts/words';
import { formatNumber } from '../metrics/format';
import type { ScenarioResult } from '../metrics/run-scenario';
import { useApp } from '../state/store';
import { Figure } from './Figure';
import { Warnings } from './Warnings';
import { UNSTABLE_SHARE } from '../metrics/stability';
import { ChartGroup } from './workshop/ChartGroup';
import { organisationColour } from './workshop/organisation-groups';
import { flowNodeName, presetName, unitLabel, unitName } from './names';

const BLUE = '#0072B2';
const ORANGE = '#E69F00';
/** Rows of the latency table: shares of answered messages (the quantiles come at every 5%). */
const SHARES = [0.1, 0.25, 0.5, 0.75, 0.9, 0.95];

export function LatencyDistributions({ results }: { results: ScenarioResult[] }) {
  const language = useApp((s) => s.language);
  const { t } = useTranslation();
  const max = Math.max(1, ...results.flatMap((r) => [...r.summary.distributions.firstResponse, ...r.summary.distributions.resolution]).filter(Number.isFinite));
  const at = (q: number[], share: number) => (q.length ? formatMinutes(q[Math.round(share * (q.length - 1))]!, language) : '—');
  return (
    <section>
      <h2>{t('waitTitle')}</h2>
      <p className="legend"><span style={{ color: BLUE }}>■</span> {t('firstResponse')} <span style={{ color: ORANGE }}>■</span> {t('resolution')} — {t('waitLegend')}</p>
      <ChartGroup chart={t('waitTitle')} exportName="latency" testId="latency" legend={() => [{ colour: BLUE, text: t('firstResponse') }, { colour: ORANGE, text: t('resolution') }, { text: t('waitLegend') }]}>
        {results.map((r) => {
          const d = r.summary.distributions;
          return (
            <Figure
              key={r.organisation}
              title={presetName('organisation', r.organisation, language)}
              colour={organisationColour(r.organisation)}
              label={t('latencyLabel', { first: at(d.firstResponse, 0.5), resolution: at(d.resolution, 0.5) })}
              exportName="latency"
              deps={[r, max, language]}
              table={() => ({
                head: [t('shareAnswered'), t('firstResponse'), t('resolution')],
                rows: SHARES.map((s) => [formatPercent(s, language), at(d.firstResponse, s), at(d.resolution, s)]),
              })}
              draw={(svg) => drawDistribution(svg, [
                { name: t('firstResponse'), colour: BLUE, quantiles: d.firstResponse },
                { name: t('resolution'), colour: ORANGE, quantiles: d.resolution },
              ], { width: 300, height: 170, maxMinutes: max, language })}
            />
          );
        })}
      </ChartGroup>
    </section>
  );
}

export function LoadOverTime({ results }: { results: ScenarioResult[] }) {
  const language = useApp((s) => s.language);
  const { t } = useTranslation();
  const backlogs = results.map((r) => totalBacklog(r.summary.series.backlog));
  const maxArrivals = Math.max(1, ...results.flatMap((r) => r.summary.series.arrivals));
  const maxBacklog = Math.max(1, ...backlogs.flat());
  const n = (v: number) => formatNumber(Math.round(v), 0, language);
  return (
    <section>
      <h2>{t('loadTitle')}</h2>
      <p className="legend"><span style={{ color: '#888' }}>■</span> {t('arrivalsLegend')} <span style={{ color: '#D55E00' }}>■</span> {t('backlogLegend')}</p>
      <ChartGroup chart={t('loadTitle')} exportName="load" testId="load" legend={() => [{ colour: '#888', text: t('arrivalsLegend') }, { colour: '#D55E00', text: t('backlogLegend') }]}>
        {results.map((r, i) => {
          const { interval, arrivals } = r.summary.series;
          return (
            <Figure
              key={r.organisation}
              title={presetName('organisation', r.organisation, language)}
              colour={organisationColour(r.organisation)}
              label={t('loadLabel', { arrivals: n(Math.max(...arrivals)), backlog: n(Math.max(...backlogs[i]!)) })}
              exportName="load"
              deps={[r, maxArrivals, maxBacklog, language]}
              table={() => {
                const daily = byDay(arrivals, interval, sum); // arrivals are counts per sample
                const peaks = byDay(backlogs[i]!, interval, peak);
                return { head: [t('day'), t('arrivalsPerDay'), t('peakBacklog')], rows: daily.map((v, d) => [d + 1, n(v), n(peaks[d]!)]) };
              }}
              draw={(svg) => drawLoad(svg, { interval, arrivals, backlog: backlogs[i]! }, { width: 300, height: 150, maxArrivals, maxBacklog, language })}
            >
              <Warnings results={[r]} named={false} />
            </Figure>
          );
        })}
      </ChartGroup>
    </section>
  );
}

/** Publics → channels → first unit → outcome; heights proportional to volume, so widths compare. */
export function MessageFlows({ results }: { results: ScenarioResult[] }) {
  const language = useApp((s) => s.language);
  const { t } = useTranslation();
  const totals = results.map((r) => r.summary.flows.links.filter(([a]) => a.startsWith('public:')).reduce((s, [, , v]) => s + v, 0));
  const max = Math.max(1, ...totals);
  const n = (v: number) => formatNumber(Math.round(v), 0, language);
  return (
    <section>
      <h2>{t('flowsTitle')}</h2>
      <p className="legend">{t('flowsLegend')}</p>
      <ChartGroup chart={t('flowsTitle')} exportName="flows" testId="flows" legend={() => [{ text: t('flowsLegend') }]}>
        {results.map((r, i) => {
          const byOutcome = new Map<string, number>();
          for (const [, b, v] of r.summary.flows.links) if (b.startsWith('outcome:')) byOutcome.set(b, (byOutcome.get(b) ?? 0) + v);
          const name = (node: string) => flowNodeName(r, node, language, t, true);
          const label = (node: string) => flowNodeName(r, node, language, t);
          const outcomes = [...byOutcome].map(([k, v]) => `${name(k)} ${n(v)}`).join(', ');
          return (
            <Figure
              key={r.organisation}
              title={presetName('organisation', r.organisation, language)}
              colour={organisationColour(r.organisation)}
              label={t('flowsLabel', { outcomes })}
              exportName="flows"
              deps={[r, max, language]}
              table={() => ({ head: [t('from'), t('to'), t('messagesPerReplication')], rows: r.summary.flows.links.map(([a, b, v]) => [name(a), name(b), n(v)]) })}
              draw={(svg) => drawSankey(svg, r.summary.flows.links, { width: 420, height: Math.round(80 + 300 * (totals[i]! / max)), language, name, label })}
            />
          );
        })}
      </ChartGroup>
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
      <ChartGroup chart={t('utilisationTitle')} exportName="utilisation" testId="utilisation" legend={() => [{ text: t('utilisationLegend') }]}>
        {results.map((r) => {
          const m = r.summary.metrics;
          const mean = (id: string) => m[`unit.${id}.utilisation`]?.mean ?? 0;
          // Unstable units (backlog still growing) come first and are marked: their figures depend on the horizon.
          const unstable = (id: string) => (m[`unit.${id}.unstable`]?.mean ?? 0) >= UNSTABLE_SHARE;
          const busiest = Object.keys(r.summary.series.utilisation).sort((a, b) => Number(unstable(b)) - Number(unstable(a)) || mean(b) - mean(a)).slice(0, 4);
          const name = (id: string) => `${unitName(r.organisation, id, language)}${unstable(id) ? ` (${t('unstable')})` : ''}`;
          const lines = busiest.map((id, k) => ({ label: `${unstable(id) ? '⚠ ' : ''}${unitLabel(r.organisation, id, language)}`, name: name(id), colour: OKABE_ITO[k]!, values: r.summary.series.utilisation[id]!, weights: r.summary.series.onDuty[id]! }));
          return (
            <Figure
              key={r.organisation}
              title={presetName('organisation', r.organisation, language)}
              colour={organisationColour(r.organisation)}
              exportName="utilisation"
              deps={[r, language]}
              label={t('utilisationLabel', { units: busiest.map((id) => `${name(id)} ${formatPercent(mean(id), language)}`).join(', ') })}
              table={() => ({ head: [t('unit'), t('meanUtilisation')], rows: busiest.map((id) => [name(id), formatPercent(mean(id), language)]) })}
              draw={(svg) => drawUtilisation(svg, r.summary.series.interval, lines, { width: 300, height: 180, language })}
            />
          );
        })}
      </ChartGroup>
    </section>
  );
}
