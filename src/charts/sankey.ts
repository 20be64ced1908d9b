/**
 * Message flows as a Sankey diagram (d3-sankey): publics → channels → the unit that first received
 * the message → outcome. Plain data in. `scale` (pixels per message) is shared by the small
 * multiples so the same flow has the same width in every organisation.
 */
import { linkHorizontal, select } from 'd3';
import { sankey, type SankeyGraph, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { formatNumber } from '../metrics/format';
import { idLabel, WORDS, type Language } from './words';
import { describe } from './hover';

export type FlowLink = [source: string, target: string, value: number];

interface NodeDatum { id: string }
interface LinkDatum { source: string; target: string; value: number }

const COLOURS: Record<string, string> = {
  public: '#56B4E9',
  channel: '#009E73',
  unit: '#0072B2',
  outcome: '#E69F00',
};
const OUTCOME_COLOURS: Record<string, string> = { answered: '#009E73', dropped: '#D55E00', abandoned: '#CC79A7', open: '#999999' };

export function nodeLabel(id: string): string {
  const [, name = id] = id.split(':');
  return idLabel(name);
}

/** A flow's ribbon from its source's right edge to its target's left edge (d3's link, fewer digits than d3-sankey's own). */
const path = linkHorizontal<SankeyLink<NodeDatum, LinkDatum>, [number, number]>()
  .source((d) => [(d.source as SankeyNode<NodeDatum, LinkDatum>).x1 ?? 0, d.y0 ?? 0])
  .target((d) => [(d.target as SankeyNode<NodeDatum, LinkDatum>).x0 ?? 0, d.y1 ?? 0])
  .digits(1);

/** Room on the right for the last column's labels. */
const LABEL_ROOM = 82;

export function drawSankey(svg: SVGSVGElement, links: readonly FlowLink[], options: {
  width: number;
  height: number;
  language?: Language;
  /** A node's name in hover texts. */
  name?: (id: string) => string;
  /** A node's label on the chart (its name unless told otherwise). */
  label?: (id: string) => string;
}): void {
  const { width, height, language = 'en', name = nodeLabel, label = name } = options;
  const count = (v: number) => `${formatNumber(Math.round(v), 0, language)} ${Math.round(v) === 1 ? WORDS[language].message : WORDS[language].messages}`;
  const root = select(svg).attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  const kept = links.filter(([, , v]) => v > 0 && Number.isFinite(v));
  const ids = [...new Set(kept.flatMap(([s, t]) => [s, t]))];
  const graph: SankeyGraph<NodeDatum, LinkDatum> = {
    nodes: ids.map((id) => ({ id })),
    links: kept.map(([source, target, value]) => ({ source, target, value })),
  };
  const layout = sankey<NodeDatum, LinkDatum>()
    .nodeId((d) => d.id)
    .nodeWidth(10)
    .nodePadding(6)
    .extent([[1, 4], [width - LABEL_ROOM, height - 4]]);
  const { nodes, links: laid } = kept.length ? layout(graph) : { nodes: [], links: [] };
  const kind = (id: string) => id.split(':')[0]!;
  const colour = (id: string) => (kind(id) === 'outcome' ? OUTCOME_COLOURS[nodeLabel(id)] : COLOURS[kind(id)]) ?? '#999';
  const end = (d: SankeyLink<NodeDatum, LinkDatum>, side: 'source' | 'target') => (d[side] as NodeDatum).id;

  // Flows and nodes are joined by their ids: a redraw with new figures moves what is there.
  const layer = (name: string) => root.selectAll<SVGGElement, null>(`g.${name}`).data([null]).join('g').attr('class', name);
  const flows = layer('flows').attr('fill', 'none').attr('stroke-opacity', 0.35)
    .selectAll<SVGPathElement, SankeyLink<NodeDatum, LinkDatum>>('path.flow')
    .data(laid, (d) => `${end(d, 'source')}>${end(d, 'target')}`)
    .join((enter) => enter.append('path').attr('class', 'flow'))
    .attr('d', path)
    .attr('stroke', (d) => colour(end(d, 'target')))
    .attr('stroke-width', (d) => Math.max(1, d.width ?? 1));
  describe(flows, (d) => `${name(end(d, 'source'))} → ${name(end(d, 'target'))}: ${count(d.value)}`);

  const node = layer('nodes').selectAll<SVGGElement, SankeyNode<NodeDatum, LinkDatum>>('g.node')
    .data(nodes, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'node');
      g.append('rect');
      // Every label right of its node, in the band before the next column: labels of two columns never meet.
      g.append('text').attr('dy', '0.35em');
      return g;
    });
  const bars = node.select('rect')
    .attr('x', (d) => d.x0 ?? 0)
    .attr('y', (d) => d.y0 ?? 0)
    .attr('width', (d) => (d.x1 ?? 0) - (d.x0 ?? 0))
    .attr('height', (d) => Math.max(1, (d.y1 ?? 0) - (d.y0 ?? 0)))
    .attr('fill', (d) => colour(d.id));
  describe(bars, (d) => `${name(d.id)}: ${count(d.value ?? 0)}`);
  // A label runs from its node to the next column's bars; a longer one is cut with an ellipsis
  // (the bar's hover text keeps the whole name), so it never covers the next column.
  const columns = [...new Set(nodes.map((d) => d.x0 ?? 0))].sort((a, b) => a - b);
  const room = (d: SankeyNode<NodeDatum, LinkDatum>) => (columns.find((x) => x > (d.x1 ?? 0)) ?? width) - (d.x1 ?? 0) - 5;
  node.select('text')
    .attr('x', (d) => (d.x1 ?? 0) + 3)
    .attr('y', (d) => ((d.y0 ?? 0) + (d.y1 ?? 0)) / 2)
    .text((d) => ((d.y1 ?? 0) - (d.y0 ?? 0) > 8 ? fitLabel(label(d.id), room(d)) : ''));
}

/**
 * Widest a label character is taken to be, in pixels, at the chart's 10 px type (an average
 * character is about 5.5). Estimated rather than measured: measuring text in a chart the browser
 * is not rendering (content-visibility) crashed Chromium's renderer when the chart was redrawn.
 */
const CHAR_WIDTH = 6;

/** The label, cut with an ellipsis to fit in `room` pixels. */
function fitLabel(label: string, room: number): string {
  const fits = Math.max(1, Math.floor(room / CHAR_WIDTH));
  return label.length <= fits ? label : `${label.slice(0, fits - 1).trimEnd()}…`;
}
