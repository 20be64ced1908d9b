/** Picking the company, the organisations and the run settings; running and cancelling. */
import { memo } from 'react';
import { WholeNumberField } from './WholeNumberField';
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/store';
import { COMPANIES, presetName } from './names';
import { OrganisationPicker } from './workshop/OrganisationPicker';
import { textOf } from '../scenario/text';
import { LIMITS } from '../scenario/limits';
import { checkDrafts, useDrafts } from '../state/drafts';

/** Memoised: it reads the store itself (progress included), so the page's re-renders need not reach it. */
export const Controls = memo(function Controls() {
  const s = useApp();
  const { t } = useTranslation();
  const running = s.status === 'running';
  // The user's valid company drafts are offered beside the shipped companies.
  const drafts = useDrafts((d) => d.drafts);
  const draftCompanies = checkDrafts(drafts, s.companyId).runnable.filter((d) => d.kind === 'company');
  return (
    <form className="controls" onSubmit={(e) => { e.preventDefault(); void s.run(); }}>
      <label>
        {t('company')}
        <select value={s.companyId} onChange={(e) => s.setCompany(e.target.value)} data-testid="company">
          {COMPANIES.map((c) => <option key={c.id} value={c.id}>{textOf(c.name, s.language)}</option>)}
          {draftCompanies.map((c) => <option key={c.id} value={c.id}>{presetName('company', c.id, s.language)}</option>)}
        </select>
      </label>
      <OrganisationPicker />
      <div className="row">
        <label>
          {t('replications')}
          <WholeNumberField value={s.replications} min={1} max={LIMITS.appReplications} testId="replications" onValue={s.setReplications} />
        </label>
        <label>
          {t('seed')}
          <WholeNumberField value={s.seed} min={0} max={LIMITS.seed} testId="seed" onValue={s.setSeed} />
        </label>
        <button type="submit" data-testid="run" disabled={s.organisationIds.length === 0}>{t('run')}</button>
        {running && <button type="button" data-testid="cancel" onClick={() => s.cancel()}>{t('cancel')}</button>}
        {running && (
          <span role="status" className="progress">
            <progress value={s.progress.done} max={s.progress.total} /> {t('progress', { done: s.progress.done, total: s.progress.total })}
          </span>
        )}
      </div>
    </form>
  );
});
