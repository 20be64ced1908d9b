/**
 * Inbound volume and backlog over simulated time, drawn with d3: arrivals per interval as bars
 * (a crisis shows as a surge), the organisation's total backlog as a line. Same scales across
 * small multiples.
 */
import { axisBottom, axisLeft, line, scaleLinear, select } from 'd3';

export interface LoadSeries {
  interval: number;
  arrivals: number[];
  backlog: number[];
}

const MARGIN = { top: 8, right: 10, bottom: 28, left: 38 };

export function drawLoad(svg: SVGSVGElement, data: LoadSeries, options: { width: number; height: number; maxArrivals: number; maxBacklog: number }): void {
  const { width, height } = options;
  const root = select(svg).attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  const days = (data.arrivals.length * data.interval) / 1440;
  const x = scaleLinear().domain([0, data.arrivals.length]).range([MARGIN.left, width - MARGIN.right]);
  const yA = scaleLinear().domain([0, Math.max(1, options.maxArrivals)]).range([height - MARGIN.bottom, MARGIN.top]);
  const yB = scaleLinear().domain([0, Math.max(1, options.maxBacklog)]).range([height - MARGIN.bottom, MARGIN.top]);
  root.selectAll('g.axis').remove();
  root.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - MARGIN.bottom})`)
    .call(axisBottom(scaleLinear().domain([0, days]).range(x.range())).ticks(Math.min(7, Math.round(days))).tickFormat((d) => `d${Number(d)}`));
  root.append('g').attr('class', 'axis').attr('transform', `translate(${MARGIN.left},0)`).call(axisLeft(yB).ticks(4));
  const safe = (v: number) => (Number.isFinite(v) ? v : 0);
  const barWidth = Math.max(0.5, (width - MARGIN.left - MARGIN.right) / data.arrivals.length);
  root
    .selectAll('rect.arrivals')
    .data(data.arrivals)
    .join('rect')
    .attr('class', 'arrivals')
    .attr('x', (_, i) => x(i))
    .attr('width', barWidth)
    .attr('y', (d) => yA(safe(d)))
    .attr('height', (d) => yA(0) - yA(safe(d)))
    .attr('fill', '#BBBBBB');
  root
    .selectAll('path.backlog')
    .data([data.backlog])
    .join('path')
    .attr('class', 'backlog')
    .attr('fill', 'none')
    .attr('stroke', '#D55E00')
    .attr('stroke-width', 1.5)
    .attr('d', (d) => line<number>().x((_, i) => x(i + 0.5)).y((v) => yB(safe(v)))(d) ?? '');
}

/** Total backlog across units, per sample. */
export function totalBacklog(backlog: Record<string, number[]>): number[] {
  const rows = Object.values(backlog);
  return (rows[0] ?? []).map((_, i) => rows.reduce((s, r) => s + (r[i] ?? 0), 0));
}
