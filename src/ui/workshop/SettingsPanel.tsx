/**
 * The controls (company, organisations, levers) in one panel beside the results: a column on
 * wide screens, and on narrow ones a one-line bar saying what is compared, which opens the
 * controls on demand, so the first result is the first thing on a phone.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/store';
import { presetName } from '../names';

export function SettingsPanel({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const companyId = useApp((s) => s.companyId);
  const count = useApp((s) => s.organisationIds.length);
  const language = useApp((s) => s.language);
  return (
    <aside className="settings" data-open={open ? 'true' : 'false'} data-testid="settings" aria-label={t('workshop/settings')}>
      <div className="settings-bar">
        <span>{t('workshop/settingsSummary', { company: presetName('company', companyId, language), count })}</span>
        <button type="button" data-testid="settings-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? t('workshop/hideSettings') : t('workshop/showSettings')}
        </button>
      </div>
      <div className="settings-body">{children}</div>
    </aside>
  );
}
