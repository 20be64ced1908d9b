/** One small multiple: a titled d3 chart with a text alternative and SVG/PNG export buttons. */
import { useEffect, useRef } from 'react';
import { downloadBlob, downloadText, fileName, svgDocument, svgToPng } from './download';

export function Figure({ title, label, draw, exportName, deps }: {
  title: string;
  label: string;
  draw: (svg: SVGSVGElement) => void;
  exportName?: string;
  /** What the chart shows: it is redrawn only when one of these (or the label) changes. */
  deps: readonly unknown[];
}) {
  const ref = useRef<SVGSVGElement>(null);
  useEffect(() => {
    if (ref.current) draw(ref.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `draw` is a fresh closure each render
  }, [label, ...deps]);
  const name = `${exportName ?? 'chart'} ${title}`;
  return (
    <figure className="multiple">
      <figcaption>
        {title}
        <span className="exports">
          <button type="button" className="link" data-testid="export-svg" onClick={() => ref.current && downloadText(fileName(name, 'svg'), svgDocument(ref.current), 'image/svg+xml')}>SVG</button>
          <button type="button" className="link" data-testid="export-png" onClick={() => { if (ref.current) void svgToPng(ref.current).then((png) => downloadBlob(fileName(name, 'png'), png)); }}>PNG</button>
        </span>
      </figcaption>
      <svg ref={ref} role="img" aria-label={label} />
    </figure>
  );
}
