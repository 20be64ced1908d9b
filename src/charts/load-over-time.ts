/**
 * Inbound volume and backlog over simulated time, drawn with d3: arrivals per interval as steps
 * (a crisis shows as a surge), the organisation's total backlog as a line. Same scales across
 * small multiples.
 */
import { area, axisBottom, axisLeft, axisRight, curveStepAfter, line, scaleLinear, select } from 'd3';
import { formatNumber } from '../metrics/format';
import { formatPercent, WORDS, type Language } from './words';
import { describe } from './hover';
import { axisLayer, clearMarks } from './axes';

export interface LoadSeries {
  interval: number;
  arrivals: number[];
  backlog: number[];
}

// Room for five-digit counts on both axes ("10 000").
const MARGIN = { top: 8, right: 44, bottom: 28, left: 46 };

export function drawLoad(svg: SVGSVGElement, data: LoadSeries, options: { width: number; height: number; maxArrivals: number; maxBacklog: number; language?: Language }): void {
  const { width, height, language = 'en' } = options;
  const root = select(svg).attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  const days = (data.arrivals.length * data.interval) / 1440;
  const x = scaleLinear().domain([0, data.arrivals.length]).range([MARGIN.left, width - MARGIN.right]);
  const yA = scaleLinear().domain([0, Math.max(1, options.maxArrivals)]).range([height - MARGIN.bottom, MARGIN.top]);
  const yB = scaleLinear().domain([0, Math.max(1, options.maxBacklog)]).range([height - MARGIN.bottom, MARGIN.top]);
  axisLayer(root, 'x', `translate(0,${height - MARGIN.bottom})`)
    .call(axisBottom(scaleLinear().domain([0, days]).range(x.range())).ticks(Math.min(7, Math.round(days))).tickFormat((d) => `${WORDS[language].day}${Number(d)}`));
  axisLayer(root, 'y', `translate(${MARGIN.left},0)`).call(axisLeft(yB).ticks(4).tickFormat((v) => formatNumber(Number(v), 0, language)));
  // Arrivals have their own scale, on the right in their own grey.
  axisLayer(root, 'arrivals-axis', `translate(${width - MARGIN.right},0)`).call(axisRight(yA).ticks(4).tickFormat((v) => formatNumber(Number(v), 0, language)))
    .call((g) => g.selectAll('text').attr('fill', '#777'));
  const safe = (v: number) => (Number.isFinite(v) ? v : 0);
  // One stepped area for the arrivals: a bar per sample would be hundreds of elements per chart.
  root
    .selectAll('path.arrivals')
    .data([data.arrivals])
    .join('path')
    .attr('class', 'arrivals')
    .attr('fill', '#BBBBBB')
    .attr('d', (d) => area<number>().curve(curveStepAfter).x((_, i) => x(i)).y0(yA(0)).y1((v) => yA(safe(v)))([...d, d.at(-1) ?? 0]) ?? '');
  root
    .selectAll('path.backlog')
    .data([data.backlog])
    .join('path')
    .attr('class', 'backlog')
    .attr('fill', 'none')
    .attr('stroke', '#D55E00')
    .attr('stroke-width', 1.5)
    .attr('d', (d) => line<number>().x((_, i) => x(i + 0.5)).y((v) => yB(safe(v)))(d) ?? '');
  // Hover: a transparent band per day with that day's exact figures.
  const perDay = Math.max(1, Math.round(1440 / data.interval));
  const arrivals = byDay(data.arrivals, data.interval, sum), backlog = byDay(data.backlog, data.interval, peak);
  const dayBands = arrivals.map((a, d) => ({ d, arrivals: a, backlog: backlog[d]! }));
  const words = WORDS[language];
  const bands = root.selectAll('rect.day').data(dayBands).join((enter) => enter.append('rect').attr('class', 'day'))
    .attr('x', (b) => x(b.d * perDay)).attr('width', x(perDay) - x(0)).attr('y', MARGIN.top).attr('height', height - MARGIN.top - MARGIN.bottom)
    .attr('fill', 'transparent');
  describe(bands, (b) => `${words.day}${b.d + 1}: ${formatNumber(Math.round(b.arrivals), 0, language)} ${words.messages}, ${words.peakBacklog} ${formatNumber(Math.round(b.backlog), 0, language)}`);
}

export const sum = (values: number[]) => values.reduce((s, v) => s + (Number.isFinite(v) ? v : 0), 0);
export const peak = (values: number[]) => Math.max(0, ...values.filter(Number.isFinite));

/** One figure per day from per-sample values (the samples of a day reduced by `reduce`). */
export function byDay(values: number[], interval: number, reduce: (day: number[]) => number): number[] {
  const perDay = Math.max(1, Math.round(1440 / interval));
  return Array.from({ length: Math.ceil(values.length / perDay) }, (_, d) => reduce(values.slice(d * perDay, (d + 1) * perDay)));
}

/** Total backlog across units, per sample. */
export function totalBacklog(backlog: Record<string, number[]>): number[] {
  const rows = Object.values(backlog);
  return (rows[0] ?? []).map((_, i) => rows.reduce((s, r) => s + (r[i] ?? 0), 0));
}

const LEGEND = 30; // two rows of two legend entries

export interface UnitLine {
  /** Short, in the legend. */
  label: string;
  /** In the hover text. */
  name: string;
  colour: string;
  values: number[];
  /** People on duty in each sample: daily means weigh each sample by it (nights count for nothing). */
  weights: number[];
}

/** Utilisation (0–1) of a few units over time, one line each; hover names the unit. */
export function drawUtilisation(svg: SVGSVGElement, interval: number, lines: readonly UnitLine[], options: { width: number; height: number; language?: Language }): void {
  const { width, language = 'en' } = options;
  const height = options.height - LEGEND; // a legend row below the axis
  const root = select(svg).attr('width', width).attr('height', options.height).attr('viewBox', `0 0 ${width} ${options.height}`);
  clearMarks(root);
  const samples = lines[0]?.values.length ?? 0;
  if (samples === 0) return void root.selectAll('g.axis').remove();
  const days = (samples * interval) / 1440;
  const x = scaleLinear().domain([0, samples]).range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain([0, 1]).range([height - MARGIN.bottom, MARGIN.top]);
  axisLayer(root, 'x', `translate(0,${height - MARGIN.bottom})`)
    .call(axisBottom(scaleLinear().domain([0, days]).range(x.range())).ticks(Math.min(7, Math.round(days))).tickFormat((d) => `${WORDS[language].day}${Number(d)}`));
  axisLayer(root, 'y', `translate(${MARGIN.left},0)`).call(axisLeft(y).ticks(4).tickFormat((v) => formatPercent(Number(v), language)));
  // Daily means: hourly utilisation is too jagged to read across weeks.
  const perDay = Math.max(1, Math.round(1440 / interval));
  const daily = (v: number[], w: number[]) => Array.from({ length: Math.ceil(v.length / perDay) }, (_, d) => {
    let busy = 0, present = 0;
    for (let i = d * perDay; i < Math.min(v.length, (d + 1) * perDay); i++) {
      if (!Number.isFinite(v[i]!) || !Number.isFinite(w[i]!)) continue;
      busy += v[i]! * w[i]!;
      present += w[i]!;
    }
    return present > 0 ? busy / present : 0;
  });
  const slot = (width - MARGIN.left) / 2;
  lines.forEach((l, k) => {
    const item = root.append('g').attr('class', 'legend-item').attr('transform', `translate(${MARGIN.left + (k % 2) * slot},${height + 4 + Math.floor(k / 2) * 13})`);
    item.append('rect').attr('y', 0).attr('width', 8).attr('height', 8).attr('fill', l.colour);
    item.append('text').attr('x', 11).attr('y', 8).attr('font-size', 9).text(l.label.length > 22 ? `${l.label.slice(0, 21)}…` : l.label);
  });
  for (const l of lines) {
    const points = daily(l.values, l.weights);
    const path = root.append('path')
      .attr('class', 'utilisation')
      .attr('fill', 'none')
      .attr('stroke', l.colour)
      .attr('stroke-width', 1.5)
      .attr('d', line<number>().x((_, i) => x((i + 0.5) * perDay)).y((v) => y(Math.min(1, v)))(points) ?? '');
    describe(path, () => `${l.name}: ${points.map((v) => formatPercent(v, language)).join(', ')} (${WORDS[language].dailyMeans})`);
  }
}
