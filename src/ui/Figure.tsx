/**
 * One small multiple: a titled d3 chart, its text alternatives (a summary for screen readers and
 * a table of the data behind it), and SVG/PNG export buttons.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { scheduleDraw } from '../charts/draw-queue';
import { savePanels, useExportFrame } from './workshop/ChartGroup';

export interface DataTable {
  head: string[];
  rows: (string | number)[][];
}

export function Figure({ title, colour, label, draw, exportName, deps, table, overlay, children }: {
  title: string;
  /** The organisation's colour, when the figure is one organisation's (the same in every chart). */
  colour?: string;
  label: string;
  draw: (svg: SVGSVGElement) => void;
  exportName?: string;
  /** What the chart shows: it is redrawn only when one of these (or the label) changes. */
  deps: readonly unknown[];
  /** The data behind the chart, readable without seeing it (written when the reader opens it). */
  table?: () => DataTable;
  /** A canvas over the chart for what moves every frame (kept out of the SVG, which then stays still). */
  overlay?: boolean;
  /** Shown under the chart, always (the radar's table of values). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<SVGSVGElement>(null);
  const [open, setOpen] = useState(false);
  // Queued in the commit that shows the new data (a layout effect), so no moment passes where the
  // page looks settled while a chart still waits to be queued.
  useLayoutEffect(() => {
    const svg = ref.current;
    if (svg) scheduleDraw(svg, () => draw(svg));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `draw` is a fresh closure each render
  }, [label, ...deps]);
  const { frame, file } = useExportFrame(exportName);
  // Each export carries the chart's title, this organisation, the legend, the settings and the date.
  const save = (format: 'svg' | 'png') => { if (ref.current) void savePanels([{ name: title, colour, svg: ref.current }], frame(), file(title, format), format); };
  const data = open && table ? table() : null;
  return (
    <figure className="multiple" data-title={title} data-colour={colour}>
      <figcaption>
        <span className="figure-title">{colour && <span className="swatch" style={{ background: colour }} aria-hidden="true" />}{title}</span>
        <span className="exports">
          <button type="button" className="link" data-testid="export-svg" onClick={() => save('svg')}>SVG</button>
          <button type="button" className="link" data-testid="export-png" onClick={() => save('png')}>PNG</button>
        </span>
      </figcaption>
      {overlay ? (
        <div className="stack">
          <svg ref={ref} role="img" aria-label={label} />
          <canvas className="dots" aria-hidden="true" />
        </div>
      ) : <svg ref={ref} role="img" aria-label={label} />}
      {children}
      {table && (
        <details className="data" data-testid="figure-data" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t('dataTable')}</summary>
          {/* Built when opened: most are never read, and each costs rendering time. */}
          {data && <table className="values">
            <thead><tr>{data.head.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr></thead>
            <tbody>{data.rows.map((row, i) => <tr key={i}>{row.map((cell, k) => (k === 0 ? <th key={k} scope="row">{cell}</th> : <td key={k}>{cell}</td>))}</tr>)}</tbody>
          </table>}
        </details>
      )}
    </figure>
  );
}
