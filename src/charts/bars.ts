/**
 * Horizontal bars with confidence intervals, drawn with d3 into a given <svg>. Takes plain rows;
 * never reads the store. The same `max` across small multiples keeps their scales comparable.
 */
import { scaleBand, scaleLinear, select } from 'd3';
import { describe } from './hover';

export interface BarRow {
  label: string;
  value: number;
  /** Half-width of the 95% confidence interval. */
  ci: number;
}

export interface BarOptions {
  width: number;
  max: number;
  format: (value: number) => string;
  /** Colour-blind-safe fill (Okabe–Ito blue by default). */
  colour?: string;
}

const ROW = 22;
const VALUE = 52;

export function drawBars(svg: SVGSVGElement, rows: readonly BarRow[], options: BarOptions): void {
  const height = rows.length * ROW + 4;
  // Room for the longest label (about 6 px a character at 11 px), within reason.
  const labelWidth = Math.min(170, Math.max(70, 10 + 6 * Math.max(0, ...rows.map((r) => r.label.length))));
  const root = select(svg).attr('width', options.width).attr('height', height).attr('viewBox', `0 0 ${options.width} ${height}`);
  const x = scaleLinear().domain([0, options.max]).range([labelWidth, options.width - VALUE]).clamp(true);
  const y = scaleBand<string>().domain(rows.map((r) => r.label)).range([2, height - 2]).padding(0.2);
  const safe = (v: number) => (Number.isFinite(v) ? v : 0); // no NaN reaches the chart

  const row = root
    .selectAll<SVGGElement, BarRow>('g.bar')
    .data(rows, (d) => d.label)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'bar');
      g.append('text').attr('class', 'label');
      g.append('rect').attr('class', 'value');
      g.append('line').attr('class', 'ci');
      g.append('text').attr('class', 'figure');
      return g;
    })
    .attr('transform', (d) => `translate(0,${y(d.label) ?? 0})`);

  const band = y.bandwidth();
  row.select('text.label').attr('x', labelWidth - 6).attr('y', band / 2).attr('dy', '0.35em').attr('text-anchor', 'end').text((d) => d.label);
  row
    .select('rect.value')
    .attr('x', labelWidth)
    .attr('height', band)
    .attr('width', (d) => Math.max(0, x(safe(d.value)) - labelWidth))
    .attr('fill', options.colour ?? '#0072B2');
  row
    .select('line.ci')
    .attr('x1', (d) => x(Math.max(0, safe(d.value) - safe(d.ci))))
    .attr('x2', (d) => x(safe(d.value) + safe(d.ci)))
    .attr('y1', band / 2)
    .attr('y2', band / 2)
    .attr('stroke', '#1d2733')
    .attr('stroke-width', 1.5);
  row.select('text.figure').attr('x', options.width - VALUE + 4).attr('y', band / 2).attr('dy', '0.35em').text((d) => options.format(safe(d.value)));
  describe(row, (d) => `${d.label}: ${options.format(safe(d.value))} ± ${options.format(safe(d.ci))}`);
}
