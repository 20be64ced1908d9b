/** Picking the company, the organisations and the run settings; running and cancelling. */
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/store';
import { COMPANIES, ORGANISATIONS, presetName } from './names';
import { textOf } from '../scenario/text';

export function Controls() {
  const s = useApp();
  const { t } = useTranslation();
  const running = s.status === 'running';
  return (
    <form className="controls" onSubmit={(e) => { e.preventDefault(); void s.run(); }}>
      <label>
        {t('company')}
        <select value={s.companyId} onChange={(e) => s.setCompany(e.target.value)} data-testid="company">
          {COMPANIES.map((c) => <option key={c.id} value={c.id}>{textOf(c.name, s.language)}</option>)}
        </select>
      </label>
      <fieldset className="organisations" data-testid="organisations">
        <legend>{t('organisations')}</legend>
        <div className="grid">
          {ORGANISATIONS.map((o) => (
            <label key={o.id} className="check">
              <input type="checkbox" checked={s.organisationIds.includes(o.id)} onChange={() => s.toggleOrganisation(o.id)} value={o.id} />
              {presetName('organisation', o.id, s.language)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="row">
        <label>
          {t('replications')}
          <input type="number" min={1} max={100} value={s.replications} data-testid="replications" onChange={(e) => s.setReplications(Number(e.target.value))} />
        </label>
        <label>
          {t('seed')}
          <input type="number" min={0} value={s.seed} data-testid="seed" onChange={(e) => s.setSeed(Number(e.target.value))} />
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
}
