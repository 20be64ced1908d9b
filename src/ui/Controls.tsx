/** Picking the company, the organisations and the run settings; running and cancelling. */
import { useApp } from '../state/store';
import { COMPANIES, ORGANISATIONS, presetName } from './names';
import { textOf } from '../scenario/text';

export function Controls() {
  const s = useApp();
  const running = s.status === 'running';
  return (
    <form className="controls" onSubmit={(e) => { e.preventDefault(); void s.run(); }}>
      <label>
        Company
        <select value={s.companyId} onChange={(e) => s.setCompany(e.target.value)} data-testid="company">
          {COMPANIES.map((c) => <option key={c.id} value={c.id}>{textOf(c.name, s.language)}</option>)}
        </select>
      </label>
      <fieldset className="organisations" data-testid="organisations">
        <legend>Organisations to compare</legend>
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
          Replications
          <input type="number" min={1} max={100} value={s.replications} data-testid="replications" onChange={(e) => s.setReplications(Number(e.target.value))} />
        </label>
        <label>
          Seed
          <input type="number" min={0} value={s.seed} data-testid="seed" onChange={(e) => s.setSeed(Number(e.target.value))} />
        </label>
        <button type="submit" data-testid="run" disabled={s.organisationIds.length === 0}>Run</button>
        {running && <button type="button" data-testid="cancel" onClick={() => s.cancel()}>Cancel</button>}
        {running && (
          <span role="status" className="progress">
            <progress value={s.progress.done} max={s.progress.total} /> {s.progress.done} of {s.progress.total} replications
          </span>
        )}
      </div>
    </form>
  );
}
