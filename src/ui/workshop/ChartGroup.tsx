/**
 * A group of charts exported as a consultant hands them out: it tells each Figure in it the
 * chart's title and legend (and the page's settings and date come from ExportSettings), and offers
 * the whole group side by side, one chart for all organisations on one image.
 */
import { createContext, useContext, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/store';
import { downloadBlob, downloadText, fileName } from '../download';
import { compose, composedPng, composedSvg, type ExportFrame, type LegendItem, type Panel } from './chart-export';

/** The settings the figures on the page were computed with, in words, and the company's id for file names. */
export const ExportSettings = createContext<{ settings: string; companyId: string }>({ settings: '', companyId: '' });

/** The chart a Figure belongs to: its title and legend (a function: a replay's moment changes). */
export const ChartContext = createContext<{ chart: string; legend: () => LegendItem[]; exportName: string } | null>(null);

/** Today as the file names and the images write it: 2026-12-08, and "8 December 2026" or "8 décembre 2026". */
export function today(language: 'en' | 'fr'): { iso: string; long: string } {
  const now = new Date();
  const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return { iso, long: new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(now) };
}

/** What an export of one chart in this group needs, and the name of its file. */
export function useExportFrame(fallbackName = 'chart'): { frame: () => ExportFrame; file: (subject: string, extension: string) => string } {
  const chart = useContext(ChartContext);
  const { settings, companyId } = useContext(ExportSettings);
  const language = useApp((s) => s.language);
  return {
    frame: () => ({ chart: chart?.chart ?? '', legend: chart?.legend() ?? [], settings, date: today(language).long }),
    file: (subject, extension) => fileName(`${companyId} ${chart?.exportName ?? fallbackName} ${subject} ${today(language).iso}`, extension),
  };
}

/** Saves panels as one SVG or PNG (2×) with the frame around them. */
export async function savePanels(panels: Panel[], frame: ExportFrame, name: string, format: 'svg' | 'png'): Promise<void> {
  const composed = compose(panels, frame);
  if (format === 'svg') downloadText(name, composedSvg(composed), 'image/svg+xml');
  else downloadBlob(name, await composedPng(composed, panels));
}

function panelsIn(box: HTMLElement | null): Panel[] {
  return [...(box?.querySelectorAll<HTMLElement>('figure.multiple') ?? [])].flatMap((figure) => {
    const svg = figure.querySelector<SVGSVGElement>('svg[role=img]');
    return svg ? [{ name: figure.dataset.title ?? '', colour: figure.dataset.colour, svg }] : [];
  });
}

export function ChartGroup({ chart, legend, exportName, testId, sideBySide = true, children }: {
  chart: string; legend: () => LegendItem[]; exportName: string; testId: string; sideBySide?: boolean; children: ReactNode;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  return (
    <ChartContext.Provider value={{ chart, legend, exportName }}>
      {sideBySide && <SideBySide box={box} label={t('workshop/sideBySide')} />}
      <div className="multiples" data-testid={testId} ref={box}>{children}</div>
    </ChartContext.Provider>
  );
}

function SideBySide({ box, label }: { box: RefObject<HTMLDivElement | null>; label: string }) {
  const { frame, file } = useExportFrame();
  const { t } = useTranslation();
  const save = (format: 'svg' | 'png') => void savePanels(panelsIn(box.current), frame(), file(t('workshop/allOrganisations'), format), format);
  return (
    <p className="exports side-by-side">
      {label}{' '}
      <button type="button" className="link" data-testid="export-all-svg" onClick={() => save('svg')}>SVG</button>{' '}
      <button type="button" className="link" data-testid="export-all-png" onClick={() => save('png')}>PNG</button>
    </p>
  );
}
