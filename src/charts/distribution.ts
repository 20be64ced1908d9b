/**
 * Latency distributions as cumulative curves (share of messages answered within x), drawn with d3
 * on a logarithmic time axis. Plain data in; the same x domain across small multiples.
 */
import { axisBottom, axisLeft, line, scaleLinear, scaleLog, select } from 'd3';
import { formatMinutes, formatPercent, WORDS, type Language } from './words';
import { describe } from './hover';
import { axisLayer } from './axes';

export interface Curve {
  name: string;
  colour: string;
  /** Quantiles in minutes at evenly spaced probabilities from 0 to 1. */
  quantiles: number[];
}

const MARGIN = { top: 8, right: 10, bottom: 30, left: 38 };
const MIN_MINUTES = 0.1;

export function drawDistribution(svg: SVGSVGElement, curves: readonly Curve[], options: { width: number; height: number; maxMinutes: number; language?: Language }): void {
  const { width, height, language = 'en' } = options;
  const root = select(svg).attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  const x = scaleLog().domain([MIN_MINUTES, Math.max(MIN_MINUTES * 10, options.maxMinutes)]).range([MARGIN.left, width - MARGIN.right]).clamp(true);
  const y = scaleLinear().domain([0, 1]).range([height - MARGIN.bottom, MARGIN.top]);
  axisLayer(root, 'x', `translate(0,${height - MARGIN.bottom})`)
    // The left edge stands for 0: answers given at once (a call picked up) sit there, on a log scale.
    .call(axisBottom(x).tickValues([MIN_MINUTES, 1, 60, 1440].filter((v) => v <= x.domain()[1]!)).tickFormat((v) => (Number(v) === MIN_MINUTES ? '0' : formatMinutes(Number(v), language))));
  axisLayer(root, 'y', `translate(${MARGIN.left},0)`).call(axisLeft(y).ticks(4).tickFormat((v) => formatPercent(Number(v), language)));

  const points = (c: Curve) => c.quantiles.map((q, i) => ({ q: Number.isFinite(q) ? Math.max(MIN_MINUTES, q) : MIN_MINUTES, p: i / (c.quantiles.length - 1) }));
  const path = line<{ q: number; p: number }>().x((d) => x(d.q)).y((d) => y(d.p));
  root
    .selectAll<SVGPathElement, Curve>('path.curve')
    .data(curves.filter((c) => c.quantiles.length > 1), (c) => c.name)
    .join('path')
    .attr('class', 'curve')
    .attr('fill', 'none')
    .attr('stroke', (c) => c.colour)
    .attr('stroke-width', 2)
    .attr('d', (c) => path(points(c)) ?? '');
  // Hover targets with exact values at each quantile.
  const marks = root
    .selectAll<SVGGElement, Curve>('g.marks')
    .data(curves, (c) => c.name)
    .join('g')
    .attr('class', 'marks')
    .selectAll('circle')
    .data((c) => points(c).map((d, i) => ({ ...d, c, raw: c.quantiles[i]! })))
    .join('circle')
    .attr('cx', (d) => x(d.q))
    .attr('cy', (d) => y(d.p))
    .attr('r', 2.5)
    .attr('fill', (d) => d.c.colour);
  describe(marks, (d) => `${d.c.name}: ${formatPercent(d.p, language)} ${WORDS[language].within} ${formatMinutes(d.raw, language)}`);
}
