/**
 * Charts as files a consultant can hand out: each exported SVG or PNG carries the chart's title,
 * the organisation's name (or each one's, side by side), a legend, the settings the figures were
 * computed with and the date. PNGs are drawn at twice their size, sharp on a projector.
 */
import { withTitles } from '../../charts/hover';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface LegendItem {
  /** The colour of the mark it explains; none for a sentence. */
  colour?: string;
  text: string;
}

/** What every export of a chart says around it. */
export interface ExportFrame {
  chart: string;
  legend: LegendItem[];
  /** The settings in words ("Company SME; 10 replications; seed 1; levers: none; crisis: off"). */
  settings: string;
  /** The date, in the reader's language. */
  date: string;
}

export interface Panel {
  /** The organisation's name (or the chart's subject). */
  name: string;
  colour?: string;
  svg: SVGSVGElement;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const MARGIN = 16;
const GAP = 20;

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  return { width: Number(svg.getAttribute('width')) || svg.clientWidth || 300, height: Number(svg.getAttribute('height')) || svg.clientHeight || 150 };
}

/** Lines of at most `width` px, estimating a character at 0.56 em (no measuring: exports run without layout). */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const most = Math.max(10, Math.floor(width / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > most) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function text(parent: Element, x: number, y: number, content: string, attrs: Record<string, string | number> = {}): void {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, String(v));
  t.textContent = content;
  parent.appendChild(t);
}

function rect(parent: Element, x: number, y: number, width: number, height: number, fill: string): void {
  const r = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x, y, width, height, fill })) r.setAttribute(k, String(v));
  parent.appendChild(r);
}

export interface Composed {
  svg: SVGSVGElement;
  width: number;
  height: number;
  /** Where each panel's chart sits in the composed image (for the dot canvases of a PNG). */
  places: { x: number; y: number; width: number; height: number }[];
}

/**
 * One image: the title, then the panels in rows (their names above them, in their colour), then
 * the legend, the settings and the date.
 */
export function compose(panels: Panel[], frame: ExportFrame, columns = panels.length > 1 ? Math.min(3, panels.length) : 1): Composed {
  const sizes = panels.map((p) => sizeOf(p.svg));
  const cell = { width: Math.max(...sizes.map((s) => s.width)), height: Math.max(...sizes.map((s) => s.height)) };
  const rows = Math.ceil(panels.length / columns);
  const width = Math.max(480, 2 * MARGIN + columns * cell.width + (columns - 1) * GAP);
  const inner = width - 2 * MARGIN;
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('font-family', FONT);
  root.setAttribute('font-size', '11');
  const body = document.createElementNS(SVG_NS, 'g');
  let y = MARGIN;
  for (const line of wrap(frame.chart, inner, 18)) { y += 20; text(body, MARGIN, y, line, { 'font-size': 18, 'font-weight': 700, fill: '#1d2733' }); }
  y += 10;
  const places: Composed['places'] = [];
  for (let row = 0; row < rows; row++) {
    const top = y;
    panels.slice(row * columns, (row + 1) * columns).forEach((panel, k) => {
      const x = MARGIN + k * (cell.width + GAP);
      if (panel.colour) rect(body, x, top + 4, 11, 11, panel.colour);
      text(body, x + (panel.colour ? 16 : 0), top + 14, wrap(panel.name, cell.width - 16, 13)[0] ?? '', { 'font-size': 13, 'font-weight': 600, fill: '#1d2733' });
      const copy = panel.svg.cloneNode(true) as SVGSVGElement;
      withTitles(panel.svg, copy);
      const size = sizes[row * columns + k]!;
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(top + 22));
      copy.setAttribute('width', String(size.width));
      copy.setAttribute('height', String(size.height));
      if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
      body.appendChild(copy);
      places.push({ x, y: top + 22, width: size.width, height: size.height });
    });
    y = top + 22 + cell.height + GAP;
  }
  let legendX = MARGIN;
  y += 4;
  for (const item of frame.legend) {
    for (const [i, line] of wrap(item.text, inner - (item.colour ? 16 : 0), 12).entries()) {
      if (i === 0 && item.colour) rect(body, legendX, y - 9, 11, 11, item.colour);
      text(body, legendX + (item.colour ? 16 : 0), y, line, { 'font-size': 12, fill: '#36404c' });
      y += 16;
    }
    legendX = MARGIN;
  }
  y += 4;
  for (const line of wrap(`${frame.settings} — ${frame.date}`, inner, 11)) { text(body, MARGIN, y, line, { 'font-size': 11, fill: '#4a5563' }); y += 14; }
  const height = Math.round(y + MARGIN - 6);
  rect(root, 0, 0, width, height, 'white');
  root.appendChild(body);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: root, width, height, places };
}

export function composedSvg(composed: Composed): string {
  return new XMLSerializer().serializeToString(composed.svg);
}

/**
 * The composed image as a PNG at `scale` times its size, with what each panel's dot canvas shows
 * (the org diagram's replay), drawn at that scale by `dots` when given.
 */
export async function composedPng(composed: Composed, panels: Panel[], scale = 2, dots?: (panel: Panel, pixels: number) => HTMLCanvasElement | null): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(composedSvg(composed))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(composed.width * scale);
  canvas.height = Math.round(composed.height * scale);
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, composed.width, composed.height);
  panels.forEach((panel, i) => {
    const place = composed.places[i]!;
    const overlay = dots?.(panel, Math.round(place.width * scale)) ?? panel.svg.parentElement?.querySelector<HTMLCanvasElement>('canvas.dots');
    if (overlay && overlay.width > 0) context.drawImage(overlay, place.x, place.y, place.width, place.height);
  });
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
