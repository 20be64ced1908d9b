/**
 * The org diagram: channels on the left, then units in columns by how many hand-offs they are from
 * the customer, with the routes between them; and, frame by frame, the sampled messages as dots
 * moving along those routes or piling up where they wait. The funnel shows as a narrow front and a
 * deep back office; an expert community as one wide column reached in a single step.
 */
import { select } from 'd3';
import type { Replay } from '../metrics/replay';
import { formatNumber } from '../metrics/format';
import { idLabel, WORDS, type Language } from './words';
import { DotState, type ReplayFrame } from './replay';
import { describe } from './hover';

export interface Point { x: number; y: number; r: number }

export interface DiagramLayout {
  width: number;
  height: number;
  /** Position of each node: channels, then units (see channelNode). */
  channels: Point[];
  units: Point[];
}

const MARGIN = { top: 18, right: 56, bottom: 16, left: 120 };
const ROW = 40;

/** Colour by what the message is doing (Okabe–Ito, colour-blind safe). */
export const DOT_COLOURS: Record<DotState, string> = {
  [DotState.Moving]: '#0072B2',
  [DotState.Waiting]: '#E69F00',
  [DotState.Answered]: '#009E73',
  [DotState.Dropped]: '#D55E00',
  [DotState.Abandoned]: '#999999',
};

/**
 * Columns by breadth-first distance from the channels (units nobody routes to go last); within a
 * column, units sit near the average height of what feeds them, so fewer routes cross.
 */
export function layoutDiagram(replay: Replay, width: number, maxHeadcount: number): DiagramLayout {
  const n = replay.units.length;
  // Breadth-first steps from the channels first; then a referral that is not answered by one in
  // the other direction pushes its target a column further, so a chain reads left to right.
  const steps = new Array<number>(n).fill(Infinity);
  let frontier = [...new Set(replay.entries.map((e) => e.unit))];
  for (const u of frontier) steps[u] = 1;
  for (let d = 2; frontier.length > 0; d++) {
    const next: number[] = [];
    for (const r of replay.referrals) if (frontier.includes(r.from) && steps[r.to] === Infinity) { steps[r.to] = d; next.push(r.to); }
    frontier = next;
  }
  const mutual = (a: number, b: number) => replay.referrals.some((r) => r.from === b && r.to === a);
  const forward = replay.referrals.filter((r) => Number.isFinite(steps[r.from]!) && (steps[r.to]! > steps[r.from]! || (steps[r.to] === steps[r.from] && !mutual(r.from, r.to))));
  const depth = [...steps];
  for (let round = 0; round < n; round++) {
    let moved = false;
    for (const r of forward) if (depth[r.to]! <= depth[r.from]! && depth[r.from]! < n) { depth[r.to] = depth[r.from]! + 1; moved = true; }
    if (!moved) break;
  }
  const deepest = Math.max(1, ...depth.filter(Number.isFinite));
  const column = depth.map((d) => (Number.isFinite(d) ? d : deepest + 1));
  const columns = Math.max(...column, 1);
  const rows = Math.max(replay.channels.length, ...Array.from({ length: columns }, (_, c) => column.filter((k) => k === c + 1).length));
  const height = MARGIN.top + MARGIN.bottom + rows * ROW;
  const x = (c: number) => MARGIN.left + ((width - MARGIN.left - MARGIN.right) * c) / columns;
  const spread = (count: number, i: number) => MARGIN.top + ((height - MARGIN.top - MARGIN.bottom) * (i + 0.5)) / count;
  const channels = replay.channels.map((_, i) => ({ x: x(0), y: spread(replay.channels.length, i), r: 5 }));
  const units: Point[] = new Array(n);
  const feeders = (u: number): Point[] => [
    ...replay.entries.filter((e) => e.unit === u).map((e) => channels[e.channel]!),
    ...replay.referrals.filter((r) => r.to === u && units[r.from]).map((r) => units[r.from]!),
  ];
  const radius = (headcount: number) => 4 + 14 * Math.sqrt(Math.min(1, headcount / Math.max(maxHeadcount, 1e-9)));
  for (let c = 1; c <= columns; c++) {
    const members = column.flatMap((k, u) => (k === c ? [u] : []));
    const wish = (u: number) => { const f = feeders(u); return f.length ? f.reduce((s, p) => s + p.y, 0) / f.length : height; };
    members.sort((a, b) => wish(a) - wish(b) || a - b);
    members.forEach((u, i) => { units[u] = { x: x(c), y: spread(members.length, i), r: radius(replay.units[u]!.headcount) }; });
  }
  return { width, height, channels, units };
}

export const nodePoint = (layout: DiagramLayout, node: number): Point => (node < 0 ? layout.channels[-1 - node]! : layout.units[node]!);

/** The control point of the curved route a → b (a → b and b → a bend to opposite sides). */
function bend(a: Point, b: Point): { x: number; y: number } {
  const dx = b.x - a.x, dy = b.y - a.y;
  return { x: (a.x + b.x) / 2 - dy * 0.18, y: (a.y + b.y) / 2 + dx * 0.18 };
}

function along(a: Point, b: Point, s: number): { x: number; y: number } {
  const c = bend(a, b);
  const u = 1 - s;
  return { x: u * u * a.x + 2 * u * s * c.x + s * s * b.x, y: u * u * a.y + 2 * u * s * c.y + s * s * b.y };
}

const route = (a: Point, b: Point) => { const c = bend(a, b); return `M${a.x},${a.y}Q${c.x},${c.y} ${b.x},${b.y}`; };

/** Draws the nodes and routes; the dots go in the layer `drawDots` fills. Units are labelled by id, named in full on hover. */
export function drawDiagram(svg: SVGSVGElement, replay: Replay, layout: DiagramLayout, language: Language = 'en', channelName: (id: string) => string = idLabel, unitName: (id: string) => string = idLabel, unitLabel: (id: string) => string = idLabel): void {
  const words = WORDS[language];
  const { width, height } = layout;
  const root = select(svg).attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  root.selectAll('*').remove();
  const routes = root.append('g').attr('fill', 'none');
  for (const e of replay.entries) {
    routes.append('path').attr('class', 'route entry').attr('d', route(layout.channels[e.channel]!, layout.units[e.unit]!)).attr('stroke', '#c9d1da');
  }
  for (const r of replay.referrals) {
    const path = routes.append('path').attr('class', 'route referral').attr('d', route(layout.units[r.from]!, layout.units[r.to]!))
      .attr('stroke', '#8a96a3').attr('stroke-dasharray', r.committed ? null : '3 3');
    describe(path, () => `${unitName(replay.units[r.from]!.id)} → ${unitName(replay.units[r.to]!.id)} (${r.committed ? words.committed : words.optional})`);
  }
  const channel = root.append('g').selectAll('g').data(replay.channels).join('g').attr('class', 'node channel')
    .attr('transform', (_, i) => `translate(${layout.channels[i]!.x},${layout.channels[i]!.y})`);
  channel.append('rect').attr('x', -5).attr('y', -5).attr('width', 10).attr('height', 10).attr('fill', (d) => (d.isPublic ? '#56B4E9' : '#fff')).attr('stroke', '#0072B2');
  channel.append('text').attr('x', -9).attr('dy', '0.32em').attr('text-anchor', 'end').attr('font-size', 10).text((d) => { const name = channelName(d.id); return name.length > 17 ? `${name.slice(0, 16)}…` : name; });
  describe(channel, (d) => channelName(d.id));
  const unit = root.append('g').selectAll('g').data(replay.units).join('g').attr('class', 'node unit')
    .attr('transform', (_, i) => `translate(${layout.units[i]!.x},${layout.units[i]!.y})`);
  unit.append('circle').attr('r', (_, i) => layout.units[i]!.r).attr('fill', '#eef2f6').attr('stroke', '#4a5868');
  unit.append('text').attr('y', (_, i) => layout.units[i]!.r + 10).attr('text-anchor', 'middle').attr('font-size', 10).text((d) => unitLabel(d.id));
  // The dot canvas repeats these labels over long queues, in the font they are shown in.
  const shown = unit.select<SVGTextElement>('text').node();
  const style = shown ? getComputedStyle(shown) : null;
  unitLabels.set(svg, { font: style ? `${style.fontWeight} ${style.fontSize} ${style.fontFamily}` : '9px sans-serif', text: replay.units.map((u) => unitLabel(u.id)) });
  describe(unit, (d) => `${unitName(d.id)}: ${formatNumber(d.headcount, 1, language)} ${words.fte}`);
  // The dots go on the canvas laid over the SVG (see drawDots), sized here to match it.
  const canvas = svg.parentElement?.querySelector<HTMLCanvasElement>('canvas.dots');
  if (canvas) {
    const ratio = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    watchWidth(canvas);
  }
}

/**
 * Each canvas's width on screen in device pixels (zoom included, as in presentation mode), kept by
 * a ResizeObserver: reading it from layout while charts are being redrawn would force the browser
 * to lay out the whole page there and then. A resized canvas repaints its last frame.
 */
const shownPixels = new WeakMap<Element, number>();
const repaint = new WeakMap<Element, () => void>();
const sizes = typeof ResizeObserver === 'function'
  ? new ResizeObserver((entries) => {
    for (const e of entries) {
      const device = e.devicePixelContentBoxSize?.[0]?.inlineSize;
      shownPixels.set(e.target, device ?? e.contentRect.width * (typeof devicePixelRatio === 'number' ? devicePixelRatio : 1));
      repaint.get(e.target)?.();
    }
  })
  : null;
function watchWidth(canvas: HTMLCanvasElement): void {
  if (!sizes || shownPixels.has(canvas)) return;
  shownPixels.set(canvas, 0);
  try {
    sizes.observe(canvas, { box: 'device-pixel-content-box' }); // called back when zoom changes the pixels too
  } catch {
    sizes.observe(canvas); // browsers without that box
  }
}

/** Per diagram, its unit labels and the CSS font they are shown in (see drawDiagram). */
const unitLabels = new WeakMap<SVGSVGElement, { font: string; text: string[] }>();

/**
 * Paints a frame on the canvas over the diagram: moving dots along their route, waiting ones in a
 * pile at their unit with its size. A canvas, not SVG elements: hundreds of dots move every frame,
 * and the diagram under them is not repainted.
 */
export function drawDots(svg: SVGSVGElement, replay: Replay, layout: DiagramLayout, frame: ReplayFrame): void {
  const canvas = svg.parentElement?.querySelector<HTMLCanvasElement>('canvas.dots');
  const context = canvas?.getContext('2d');
  if (!canvas || !context) return;
  // Match the canvas's pixels to its size on screen (zoomed in presentation mode, say), so dots stay sharp.
  repaint.set(canvas, () => drawDots(svg, replay, layout, frame));
  const pixels = Math.round(shownPixels.get(canvas) ?? 0);
  if (pixels > 0 && pixels !== canvas.width) {
    canvas.width = pixels;
    canvas.height = Math.round((pixels * layout.height) / layout.width);
  }
  const scale = canvas.width / layout.width;
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.clearRect(0, 0, layout.width, layout.height);
  const piles = new Map<number, number>();
  const waiting = new Map<number, number>();
  for (const d of frame.dots) {
    const a = nodePoint(layout, d.from), b = nodePoint(layout, d.to);
    let x: number, y: number;
    if (d.from === d.to) {
      // A sunflower spiral around the node: the pile grows like the queue.
      const k = piles.get(d.to) ?? 0;
      piles.set(d.to, k + 1);
      if (d.state === DotState.Waiting) waiting.set(d.to, (waiting.get(d.to) ?? 0) + 1);
      const angle = k * 2.39996, distance = b.r + 3 + 2.6 * Math.sqrt(k);
      x = b.x + Math.cos(angle) * distance;
      y = b.y + Math.sin(angle) * distance;
    } else {
      ({ x, y } = along(a, b, Math.min(1, Math.max(0, d.progress))));
    }
    context.globalAlpha = d.state === DotState.Dropped || d.state === DotState.Abandoned ? 1 - 0.8 * Math.min(1, d.progress) : 0.9;
    context.fillStyle = DOT_COLOURS[d.state];
    context.beginPath();
    context.arc(x, y, 2.4, 0, 2 * Math.PI);
    context.fill();
  }
  // The frame, readable by tests (a canvas keeps no record of what it shows).
  (canvas as HTMLCanvasElement & { frame?: ReplayFrame }).frame = frame;
  context.globalAlpha = 1;
  const labels = unitLabels.get(svg);
  context.font = labels?.font ?? '9px sans-serif';
  context.lineWidth = 3;
  context.lineJoin = 'round';
  context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  // A unit's label again, over its pile with a white halo: under a long queue the SVG's copy is hidden.
  context.textAlign = 'center';
  context.fillStyle = '#1d2733';
  for (const u of piles.keys()) {
    if (u < 0) continue; // a pile at a channel (messages nobody watches): its label is beside it
    const p = layout.units[u]!;
    const label = labels?.text[u] ?? idLabel(replay.units[u]!.id);
    context.strokeText(label, p.x, p.y + p.r + 10);
    context.fillText(label, p.x, p.y + p.r + 10);
  }
  context.textAlign = 'start';
  context.fillStyle = '#8a5a00';
  for (const [u, count] of waiting) {
    const p = layout.units[u]!;
    context.strokeText(String(count * replay.stride), p.x + p.r + 3, p.y - p.r);
    context.fillText(String(count * replay.stride), p.x + p.r + 3, p.y - p.r);
  }
}
