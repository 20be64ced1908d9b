/**
 * A company draft in the client's terms: messages a day by channel, opening hours and the
 * response time customers expect. Each change is written into the draft's YAML (company-form.ts),
 * so the form and the text never disagree, and what the form does not show stays in the text.
 */
import { useTranslation } from 'react-i18next';
import { useDrafts, type Draft } from '../../state/drafts';
import { loadCompany } from '../../scenario/load';
import { dailyVolumes, withDailyVolumes, type ChannelVolume } from '../../scenario/company-form';
import { NAMED_HOURS } from '../../scenario/schema-common';
import { textOf, type Language } from '../../scenario/text';

export function CompanyForm({ draft, language }: { draft: Draft; language: Language }) {
  const { t } = useTranslation();
  const loaded = loadCompany(draft.text, 'form');
  if (!loaded.ok) return null; // the form needs a valid company; the text shows what to fix
  const company = loaded.value;
  const volumes = dailyVolumes(company);
  const change = (id: string, patch: Partial<ChannelVolume>) => {
    const next = volumes.map((v) => (v.id === id ? { ...v, ...patch } : v));
    useDrafts.getState().edit(draft.key, withDailyVolumes(draft.text, company, next));
  };
  return (
    <div className="company-form" data-testid="company-form">
    <p className="hint">{t('editor/formCaption')}</p>
    <table>
      <thead><tr><th>{t('editor/channel')}</th><th>{t('editor/perDay')}</th><th>{t('editor/hours')}</th><th>{t('editor/expected')}</th></tr></thead>
      <tbody>
        {volumes.map((v, j) => (
          <tr key={v.id} data-channel={v.id}>
            <th>{textOf(company.channels[j]!.name, language) || v.id}</th>
            <td>
              <NumberField value={v.perDay} label={t('editor/perDay')} testId={`per-day-${v.id}`} onValue={(n) => change(v.id, { perDay: n })} min={0} />
            </td>
            <td>
              {typeof v.hours === 'string' ? (
                <select value={v.hours} aria-label={t('editor/hours')} onChange={(e) => change(v.id, { hours: e.target.value as ChannelVolume['hours'] })}>
                  {NAMED_HOURS.filter((h) => h !== 'never').map((h) => <option key={h} value={h}>{t(`editor/hoursName/${h}`)}</option>)}
                </select>
              ) : <span className="hint">{t('editor/hoursCustom')}</span>}
            </td>
            <td>
              <NumberField value={v.expectedResponseMinutes} label={t('editor/expected')} testId={`expected-${v.id}`} onValue={(n) => change(v.id, { expectedResponseMinutes: n })} min={0.01} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

/** A number taken when the field is left or Enter is pressed (typing "4" on the way to "400" runs nothing). */
function NumberField({ value, label, testId, onValue, min }: { value: number; label: string; testId: string; onValue(n: number): void; min: number }) {
  const shown = Number(value.toPrecision(4));
  const commit = (input: HTMLInputElement) => {
    const n = Number(input.value);
    if (input.value.trim() !== '' && Number.isFinite(n) && n >= min && n !== shown) onValue(n);
    else input.value = String(shown);
  };
  return (
    <input type="number" step="any" min={min} defaultValue={shown} key={shown} aria-label={label} data-testid={testId}
      onBlur={(e) => commit(e.currentTarget)} onKeyDown={(e) => { if (e.key === 'Enter') commit(e.currentTarget); }} />
  );
}
