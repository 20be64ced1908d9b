/**
 * Presentation mode for projectors: large type, one view at a time, ← and → to move, Esc to leave.
 * Each view is scaled to fit the screen below the navigation, so a projector at 1280 × 720 shows
 * all of it without scrolling; only a view that would need shrinking below READABLE_SCALE scrolls
 * (down, or across for a scorecard of many organisations).
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Smallest scale a view is shrunk to so that it fits the screen's height: below it, type on a
 * projected slide is too small to read, so a taller view keeps this scale and scrolls instead.
 */
const READABLE_SCALE = 0.7;
/** Scales tried, largest first: a small view (two organisations' charts) is enlarged for the projector. */
const SCALES = [1.5, 1.25, 1, 0.9, 0.8, READABLE_SCALE];

/** The view shown is `view` (it is in the link); a view the page does not have shows the first. */
export function Presentation({ views, view, onView, onExit }: { views: { id: string; element: ReactNode }[]; view: string; onView: (id: string) => void; onExit: () => void }) {
  const { t } = useTranslation();
  const index = Math.max(0, views.findIndex((v) => v.id === view));
  const last = views.length - 1;
  useEffect(() => {
    const go = (i: number) => onView(views[Math.max(0, Math.min(last, i))]!.id);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') go(index + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(index - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(last);
      else if (e.key === 'Escape') onExit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [last, onExit, index, views, onView]);
  const current = views[Math.min(index, last)];
  const stage = useRef<HTMLDivElement>(null);
  const slide = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState({ scale: 1, width: 0, contentWidth: 0, height: 0 });
  useLayoutEffect(() => {
    const measure = () => {
      const st = stage.current, sl = slide.current;
      if (!st || !sl) return;
      // The view is laid out as wide as the screen would be at each candidate scale, so a shrunk
      // view also uses the screen's width (small multiples flow into more columns), and the
      // largest scale at which it fits is taken. Sizes are before the transform.
      // The last scale tried (READABLE_SCALE) is kept when none fits.
      let chosen = { scale: 1, width: st.clientWidth, contentWidth: 0, height: 0 }; // replaced by the loop's first pass
      for (const scale of SCALES) {
        const width = st.clientWidth / scale;
        sl.style.width = `${width}px`;
        const contentWidth = sl.scrollWidth, height = sl.scrollHeight;
        chosen = { scale, width, contentWidth, height };
        if (contentWidth <= width + 1 && height * scale <= st.clientHeight) break;
      }
      sl.style.width = `${chosen.width}px`;
      setFit((f) => (f.scale === chosen.scale && Math.abs(f.height - chosen.height) < 1 && Math.abs(f.contentWidth - chosen.contentWidth) < 1 && Math.abs(f.width - chosen.width) < 1 ? f : chosen));
    };
    measure();
    if (stage.current) stage.current.scrollTo(0, 0); // each view starts at its top
    // Measured in the next frame: measuring changes the observed view's width, which inside the
    // observer's own callback would make the browser report a loop.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    });
    if (stage.current) observer.observe(stage.current);
    // The view's own size changes as its charts draw.
    if (slide.current) observer.observe(slide.current);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [current]);
  return (
    <div className="presentation" data-testid="presentation" data-view={current?.id} data-scale={fit.scale.toFixed(2)}>
      <nav className="slide-nav">
        <button type="button" onClick={() => onView(views[index - 1]!.id)} disabled={index === 0} aria-label={t('previous')}>←</button>
        <span>{index + 1} / {views.length}</span>
        <button type="button" onClick={() => onView(views[index + 1]!.id)} disabled={index === last} aria-label={t('next')}>→</button>
        <button type="button" onClick={onExit}>{t('exitPresentation')}</button>
      </nav>
      <div className="slide-stage" ref={stage}>
        {/* The box takes the scaled size, so a view that still does not fit scrolls just far enough. */}
        <div style={{ height: fit.height * fit.scale, width: Math.max(fit.width, fit.contentWidth) * fit.scale || undefined, overflow: 'hidden' }}>
          <div className="slide" ref={slide} style={{ width: fit.width || undefined, transform: `scale(${fit.scale})` }}>
            {current?.element}
          </div>
        </div>
      </div>
    </div>
  );
}
