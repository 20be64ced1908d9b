/** One small multiple: a titled d3 chart with a text alternative and SVG/PNG export buttons. */
import { useEffect, useRef } from 'react';
import { downloadBlob, downloadText, fileName, svgDocument, svgToPng } from './download';

export function Figure({ title, label, draw, exportName }: { title: string; label: string; draw: (svg: SVGSVGElement) => void; exportName?: string }) {
  const ref = useRef<SVGSVGElement>(null);
  useEffect(() => {
    if (ref.current) draw(ref.current);
  });
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
