/**
 * A multi-criteria radar: one axis per criterion scaled 0–1 (outer is better), one polygon per
 * organisation, drawn with d3. Plain data in, each organisation's colour with it (fixed per organisation,
 * so it is the same whatever else is compared).
 */
import { line, select, curveLinearClosed } from 'd3';
import { describe } from './hover';

export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export interface RadarSeries {
  name: string;
  colour: string;
  /** One score per axis, 0 (worst) to 1 (best). */
  scores: number[];
  /** Exact values shown on hover, one per axis. */
  details: string[];
}

export function drawRadar(svg: SVGSVGElement, axes: readonly string[], series: readonly RadarSeries[], size: number): void {
  // Room on both sides for the axis labels, and on the right for the legend.
  const side = 180;
  const legendWidth = 300;
  const width = size + 2 * side + legendWidth;
  const root = select(svg).attr('width', width).attr('height', size).attr('viewBox', `0 0 ${width} ${size}`);
  root.selectAll('*').remove();
  const r = size / 2 - 50;
  const cx = side + size / 2, cy = size / 2;
  const angle = (i: number) => (Math.PI * 2 * i) / axes.length - Math.PI / 2;
  const point = (i: number, v: number): [number, number] => [cx + Math.cos(angle(i)) * r * v, cy + Math.sin(angle(i)) * r * v];
  const grid = root.append('g').attr('class', 'grid');
  for (const level of [0.25, 0.5, 0.75, 1]) {
    grid.append('path').attr('d', line().curve(curveLinearClosed)(axes.map((_, i) => point(i, level))) ?? '').attr('fill', 'none').attr('stroke', '#d5dae0');
  }
  axes.forEach((label, i) => {
    const [x, y] = point(i, 1);
    grid.append('line').attr('x1', cx).attr('y1', cy).attr('x2', x).attr('y2', y).attr('stroke', '#d5dae0');
    const [lx, ly] = point(i, 1.12);
    // Sizes set here, not only by the page's CSS, so an exported SVG or PNG lays out as the page does.
    grid.append('text').attr('x', lx).attr('y', ly).attr('dy', '0.35em').attr('font-size', 10).attr('text-anchor', Math.abs(lx - cx) < 5 ? 'middle' : lx > cx ? 'start' : 'end').text(label);
  });
  const safe = (v: number) => (Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0);
  // All areas first, all points after: a later organisation's area would otherwise cover the
  // points of the earlier ones and take their hover.
  const areas = root.append('g').attr('class', 'areas').style('pointer-events', 'none');
  const points = root.append('g').attr('class', 'points');
  series.forEach((s, k) => {
    const colour = s.colour;
    areas.append('path')
      .attr('class', 'area')
      .attr('d', line().curve(curveLinearClosed)(s.scores.map((v, i) => point(i, safe(v)))) ?? '')
      .attr('fill', colour)
      .attr('fill-opacity', 0.08)
      .attr('stroke', colour)
      .attr('stroke-width', 2);
    s.scores.forEach((v, i) => {
      const [x, y] = point(i, safe(v));
      describe(points.append('circle').attr('cx', x).attr('cy', y).attr('r', 4).attr('fill', colour), () => `${s.name} — ${axes[i]}: ${s.details[i]}`);
    });
    const legend = root.append('g').attr('transform', `translate(${size + 2 * side + 10},${20 + k * 18})`);
    legend.append('line').attr('x1', 0).attr('x2', 14).attr('y1', 6).attr('y2', 6).attr('stroke', colour).attr('stroke-width', 4);
    legend.append('text').attr('x', 20).attr('y', 10).attr('font-size', 11).text(s.name.length > 44 ? `${s.name.slice(0, 43)}…` : s.name);
  });
}
