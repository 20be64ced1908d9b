/**
 * The scorecard's CSV button: the figures as a file a person reads and a spreadsheet opens as it
 * is (readable-csv.ts), the settings in a header block, named after the company and the date.
 * French Excel's format (";" and a decimal comma) is proposed when the page is in French.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HEADLINES } from '../../metrics/catalogue';
import type { ScenarioResult } from '../../metrics/run-scenario';
import { NEUTRAL_LEVERS } from '../../scenario/levers';
import { useApp, type RunSettings } from '../../state/store';
import { writeHash } from '../../state/url-state';
import { downloadText, fileName } from '../download';
import { describeLevers } from '../levers-text';
import { presetName } from '../names';
import { today } from './ChartGroup';
import { costContext, metricLabel } from './metric-label';
import { readableCsv } from './readable-csv';

const UNIT_WORDS = { minutes: 'min', share: '%', hours: 'h', count: '', number: '' } as const;

export function CsvExport({ results, settings }: { results: ScenarioResult[]; settings: RunSettings | null }) {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const [french, setFrench] = useState(language === 'fr');
  const save = () => {
    if (!settings) return;
    const cost = costContext(results);
    const date = today(language);
    const w = (key: string) => t(`workshop/csv/${key}`);
    const header: [string, string][] = [
      [w('title'), ''],
      [w('company'), presetName('company', settings.companyId, language)],
      [w('organisations'), settings.organisationIds.map((id) => presetName('organisation', id, language)).join(', ')],
      [w('replications'), String(settings.replications)],
      [w('days'), String(cost?.days ?? '')],
      [w('seed'), String(settings.seed)],
      [w('levers'), describeLevers({ ...settings.levers, crisis: NEUTRAL_LEVERS.crisis }, t, language) || t('neutralLevers')],
      [w('crisis'), t(settings.levers.crisis ? 'lever/on' : 'lever/off')],
      [w('currency'), cost?.currency ?? ''],
      [w('date'), date.iso],
      [w('link'), `${window.location.href.split('#')[0]}${writeHash({ ...useApp.getState(), ...settings })}`],
    ];
    const figures = HEADLINES.map((m) => ({ key: m.key, label: metricLabel(m.key, t, cost), unit: m.unit, unitLabel: m.unit === 'money' ? cost?.currency ?? '' : UNIT_WORDS[m.unit] }));
    const rows = results.map((r) => ({ organisation: presetName('organisation', r.organisation, language), organisationId: r.organisation, values: r.summary.metrics }));
    const columns = ['figure', 'organisation', 'mean', 'ci', 'unit', 'n', 'key', 'organisationId'].map(w);
    const text = readableCsv(header, columns, figures, rows, french ? { separator: ';', decimalComma: true } : { separator: ',', decimalComma: false });
    downloadText(fileName(`${settings.companyId} figures ${date.iso}`, 'csv'), text, 'text/csv;charset=utf-8');
  };
  return (
    <>
      <button type="button" data-testid="export-csv" disabled={!settings} onClick={save}>{t('exportCsv')}</button>
      <label className="csv-format"><input type="checkbox" data-testid="csv-french" checked={french} onChange={(e) => setFrench(e.target.checked)} /> {t('workshop/frenchExcel')}</label>
    </>
  );
}
