/**
 * What the chosen company is: its employees, who writes to it and how often, first contacts a
 * day by channel with each channel's hours, expected answer time and cost, and the currency every
 * cost is in. All computed from the company file (companyFacts), for presets and drafts users write.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { companyFacts, type CompanyFacts } from '../../scenario/company-facts';
import { loadCompany } from '../../scenario/load';
import { checkDrafts, useDrafts } from '../../state/drafts';
import { textOf, type Language } from '../../scenario/text';
import { formatNumber, formatValue } from '../../metrics/format';
import { useApp } from '../../state/store';
import { idLabel } from '../../charts/words';
import { presetName } from '../names';
import { describeHours } from './hours-text';

const cache = new Map<string, CompanyFacts | null>();

/**
 * The facts of a company, shipped or a valid draft the user wrote, or null when there is none by
 * that id. Parsed once per text (a draft's facts follow its edits).
 */
export function companyFactsOf(id: string): CompanyFacts | null {
  const { resolver } = checkDrafts(useDrafts.getState().drafts, id);
  const found = resolver('company', id);
  if (!found) return null;
  if (!cache.has(found.text)) {
    if (cache.size > 20) cache.clear();
    const loaded = loadCompany(found.text, found.file);
    cache.set(found.text, loaded.ok ? companyFacts(loaded.value) : null);
  }
  return cache.get(found.text)!;
}

/** Fewer decimals as the number grows: "0.7", "12", "1,234". */
function count(value: number, language: Language): string {
  return formatNumber(value, value < 10 ? 1 : 0, language);
}

export function CompanyPanel({ companyId, days }: { companyId: string; days?: number }) {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const drafts = useDrafts((d) => d.drafts);
  const facts = useMemo(() => companyFactsOf(companyId), [companyId, drafts]); // eslint-disable-line react-hooks/exhaustive-deps -- read through the drafts store
  if (!facts) return null;
  const name = presetName('company', companyId, language);
  const colon = t('colon');
  return (
    <section className="company-panel" data-testid="company-panel" aria-label={t('workshop/companyTitle', { company: name })}>
      <h2>{t('workshop/companyTitle', { company: name })}</h2>
      <p>
        <strong>{t('workshop/companyEmployees')}{colon}</strong> <span data-testid="company-employees">{formatNumber(facts.employees, 0, language)}</span>
        {' · '}<strong>{t('workshop/companyPerDay')}{colon}</strong> <span data-testid="company-per-day">{count(facts.perDay, language)}</span>
      </p>
      <p className="company-publics">
        <strong>{t('workshop/companyPublics')}{colon}</strong>{' '}
        {facts.publics.map((p) => `${p.name ? textOf(p.name, language) : idLabel(p.id)} ${formatNumber(p.size, 0, language)}`).join(' · ')}
      </p>
      <div className="table-scroll">
        <table className="values" data-testid="company-channels">
          <thead>
            <tr>
              <th scope="col">{t('workshop/companyChannel')}</th>
              <th scope="col">{t('workshop/companyPerDay')}</th>
              <th scope="col">{t('workshop/companyHours')}</th>
              <th scope="col">{t('workshop/companyExpected')}</th>
              <th scope="col">{t('workshop/companyCost', { currency: facts.currency })}</th>
            </tr>
          </thead>
          <tbody>
            {facts.channels.map((c) => (
              <tr key={c.id} data-channel={c.id}>
                <th scope="row">{c.name ? textOf(c.name, language) : idLabel(c.id)}</th>
                <td>{count(c.perDay, language)}</td>
                <td>{describeHours(c.hours, t)}</td>
                <td>{formatValue(c.expectedResponseMinutes, 'minutes', language)}</td>
                <td>{formatNumber(c.costPerContact, 2, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('workshop/companyPerDayNote')} {t('workshop/companyBusinessHours', { hours: describeHours(facts.businessHours, t) })}</p>
      {days !== undefined && <p className="hint" data-testid="company-currency">{t('workshop/companyCurrency', { currency: facts.currency, days })}</p>}
    </section>
  );
}
