/**
 * The cost–service frontier: for each organisation, the service reached (the target's figure)
 * against staff cost per month, at every staffing the sizing tried; its equal-service answer
 * (a diamond) and its equal-budget point (a square) marked; the target level and the baseline's
 * budget as dashed references. Plain data in; drawn with d3; never reads the store.
 */
import { axisBottom, axisLeft, scaleLinear, select, symbol, symbolDiamond, symbolSquare } from 'd3';
import { axisLayer, clearMarks } from './axes';
import { describe } from './hover';
import { OKABE_ITO } from './radar';

export interface FrontierPoint { cost: number; service: number }
export interface FrontierSeries {
  label: string;
  colour: number;
  tried: FrontierPoint[];
  equalService: FrontierPoint | null;
  equalBudget: FrontierPoint | null;
}

export interface FrontierOptions {
  width: number;
  height: number;
  level: number;
  budget: number | null;
  formatCost: (v: number) => string;
  formatShare: (v: number) => string;
  words: { equalService: string; equalBudget: string; tried: string };
}

const MARGIN = { top: 10, right: 16, bottom: 30, left: 52 };

export function drawFrontier(svg: SVGSVGElement, series: readonly FrontierSeries[], options: FrontierOptions): void {
  const { width, height } = options;
  const root = select(svg).attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  clearMarks(root);
  const all = series.flatMap((s) => [...s.tried, ...(s.equalService ? [s.equalService] : []), ...(s.equalBudget ? [s.equalBudget] : [])])
    .filter((p) => Number.isFinite(p.cost) && Number.isFinite(p.service));
  const costs = all.map((p) => p.cost).concat(options.budget !== null ? [options.budget] : []);
  const x = scaleLinear().domain([0, Math.max(1, ...costs) * 1.05]).nice().range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain([Math.min(options.level, ...all.map((p) => p.service)) - 0.05, 1]).nice().range([height - MARGIN.bottom, MARGIN.top]).clamp(true);
  axisLayer(root, 'x', `translate(0,${height - MARGIN.bottom})`).call(axisBottom(x).ticks(5).tickFormat((v) => options.formatCost(Number(v))));
  axisLayer(root, 'y', `translate(${MARGIN.left},0)`).call(axisLeft(y).ticks(5).tickFormat((v) => options.formatShare(Number(v))));
  root.append('line').attr('class', 'reference level').attr('x1', MARGIN.left).attr('x2', width - MARGIN.right).attr('y1', y(options.level)).attr('y2', y(options.level)).attr('stroke', '#555').attr('stroke-dasharray', '4 3');
  if (options.budget !== null) {
    root.append('line').attr('class', 'reference budget').attr('x1', x(options.budget)).attr('x2', x(options.budget)).attr('y1', MARGIN.top).attr('y2', height - MARGIN.bottom).attr('stroke', '#555').attr('stroke-dasharray', '2 3');
  }
  const colour = (s: FrontierSeries) => OKABE_ITO[s.colour % OKABE_ITO.length]!;
  const group = root.selectAll<SVGGElement, FrontierSeries>('g.series').data(series).join('g').attr('class', 'series');
  const tried = group.selectAll<SVGCircleElement, FrontierPoint & { s: FrontierSeries }>('circle.tried')
    .data((s) => s.tried.filter((p) => Number.isFinite(p.cost) && Number.isFinite(p.service)).map((p) => ({ ...p, s })))
    .join('circle').attr('class', 'tried').attr('cx', (p) => x(p.cost)).attr('cy', (p) => y(p.service)).attr('r', 3)
    .attr('fill', (p) => colour(p.s)).attr('fill-opacity', 0.35);
  describe(tried, (p) => `${p.s.label}, ${options.words.tried}: ${options.formatCost(p.cost)}, ${options.formatShare(p.service)}`);
  const mark = (kind: 'equalService' | 'equalBudget', shape: typeof symbolDiamond) => {
    const marks = group.selectAll<SVGPathElement, FrontierPoint & { s: FrontierSeries }>(`path.${kind}`)
      .data((s) => (s[kind] && Number.isFinite(s[kind]!.cost) ? [{ ...s[kind]!, s }] : []))
      .join('path').attr('class', kind).attr('d', symbol(shape, 110)()).attr('transform', (p) => `translate(${x(p.cost)},${y(p.service)})`)
      .attr('fill', (p) => colour(p.s)).attr('stroke', '#1d2733').attr('stroke-width', 1.2);
    describe(marks, (p) => `${p.s.label}, ${options.words[kind]}: ${options.formatCost(p.cost)}, ${options.formatShare(p.service)}`);
  };
  mark('equalService', symbolDiamond);
  mark('equalBudget', symbolSquare);
}
