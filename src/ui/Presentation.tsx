/**
 * Presentation mode for projectors: large type, one view at a time, ← and → to move, Esc to leave.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Presentation({ views, onExit }: { views: { id: string; element: ReactNode }[]; onExit: () => void }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const last = views.length - 1;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') setIndex((i) => Math.min(last, i + 1));
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') setIndex((i) => Math.max(0, i - 1));
      else if (e.key === 'Home') setIndex(0);
      else if (e.key === 'End') setIndex(last);
      else if (e.key === 'Escape') onExit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [last, onExit]);
  const current = views[Math.min(index, last)];
  return (
    <div className="presentation" data-testid="presentation" data-view={current?.id}>
      <nav className="slide-nav">
        <button type="button" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0} aria-label={t('previous')}>←</button>
        <span>{index + 1} / {views.length}</span>
        <button type="button" onClick={() => setIndex((i) => Math.min(last, i + 1))} disabled={index === last} aria-label={t('next')}>→</button>
        <button type="button" onClick={onExit}>{t('exitPresentation')}</button>
      </nav>
      {current?.element}
    </div>
  );
}
