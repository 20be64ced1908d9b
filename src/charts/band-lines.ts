/**
 * Lines with 95% confidence bands against a shared x (the volume sweep, its paired differences):
 * one line per organisation, its band as a translucent area, optional markers (the breaking
 * volume) and an optional horizontal reference (the target level, or zero for differences).
 * Plain data in; drawn with d3; never reads the store.
 */
import { area, axisBottom, axisLeft, line, scaleLinear, scaleLog, select } from 'd3';
import { axisLayer, clearMarks } from './axes';
import { describe } from './hover';
import { OKABE_ITO } from './radar';

export interface BandPoint { x: number; mean: number; ci: number }
export interface BandSeries {
  label: string;
  points: BandPoint[];
  /** An x to mark on the line (the breaking volume), if any. */
  marker?: number | null;
  /** Index of the organisation, for its colour (the same in every chart of the study). */
  colour: number;
}

export interface BandOptions {
  width: number;
  height: number;
  logX: boolean;
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** A horizontal reference line (the target, or 0). */
  reference?: number;
  yDomain?: [number, number];
}

const MARGIN = { top: 10, right: 12, bottom: 30, left: 52 };

export function drawBandLines(svg: SVGSVGElement, series: readonly BandSeries[], options: BandOptions): void {
  const { width, height } = options;
  const root = select(svg).attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  clearMarks(root);
  const safe = (v: number) => (Number.isFinite(v) ? v : 0);
  const xs = series.flatMap((s) => s.points.map((p) => p.x)).filter((x) => x > 0);
  const [x0, x1] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [1, 2];
  const x = (options.logX ? scaleLog() : scaleLinear()).domain(x0 === x1 ? [x0 / 2, x1 * 2] : [x0, x1]).range([MARGIN.left, width - MARGIN.right]);
  const ys = series.flatMap((s) => s.points.flatMap((p) => [safe(p.mean - p.ci), safe(p.mean + p.ci)]));
  if (options.reference !== undefined) ys.push(options.reference);
  const domain = options.yDomain ?? [Math.min(0, ...ys), Math.max(1e-9, ...ys)];
  const y = scaleLinear().domain(domain).nice().range([height - MARGIN.bottom, MARGIN.top]);
  axisLayer(root, 'x', `translate(0,${height - MARGIN.bottom})`).call(axisBottom(x).tickValues([...new Set(xs)].slice(0, 12)).tickFormat((v) => options.formatX(Number(v))));
  axisLayer(root, 'y', `translate(${MARGIN.left},0)`).call(axisLeft(y).ticks(5).tickFormat((v) => options.formatY(Number(v))));
  if (options.reference !== undefined) {
    root.append('line').attr('class', 'reference').attr('x1', MARGIN.left).attr('x2', width - MARGIN.right)
      .attr('y1', y(options.reference)).attr('y2', y(options.reference)).attr('stroke', '#555').attr('stroke-dasharray', '4 3');
  }
  const colour = (s: BandSeries) => OKABE_ITO[s.colour % OKABE_ITO.length]!;
  const band = area<BandPoint>().x((p) => x(p.x)).y0((p) => y(safe(p.mean - p.ci))).y1((p) => y(safe(p.mean + p.ci)));
  const path = line<BandPoint>().x((p) => x(p.x)).y((p) => y(safe(p.mean)));
  const group = root.selectAll<SVGGElement, BandSeries>('g.series').data(series).join('g').attr('class', 'series');
  group.append('path').attr('class', 'band').attr('d', (s) => band(s.points)).attr('fill', colour).attr('fill-opacity', 0.15).attr('stroke', 'none');
  group.append('path').attr('class', 'line').attr('d', (s) => path(s.points)).attr('fill', 'none').attr('stroke', colour).attr('stroke-width', 2)
    .attr('stroke-dasharray', (s) => (s.colour >= OKABE_ITO.length ? '6 3' : null));
  const dots = group.selectAll<SVGCircleElement, BandPoint & { s: BandSeries }>('circle.point').data((s) => s.points.map((p) => ({ ...p, s })))
    .join('circle').attr('class', 'point').attr('cx', (p) => x(p.x)).attr('cy', (p) => y(safe(p.mean))).attr('r', 3).attr('fill', (p) => colour(p.s));
  describe(dots, (p) => `${p.s.label}, ${options.formatX(p.x)}: ${options.formatY(p.mean)} ± ${options.formatY(p.ci)}`);
  const marked = series.filter((s) => s.marker !== undefined && s.marker !== null);
  const markers = root.selectAll<SVGPathElement, BandSeries>('path.marker').data(marked).join('path').attr('class', 'marker')
    .attr('d', (s) => { const p = s.points.find((q) => q.x === s.marker)!; return `M${x(p.x)},${y(safe(p.mean)) - 14}l-5,-8h10z`; })
    .attr('fill', colour).attr('stroke', '#1d2733');
  describe(markers, (s) => `${s.label}: ${options.formatX(s.marker!)}`);
}
