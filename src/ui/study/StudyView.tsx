/**
 * The fair-comparison view: equal service (each organisation sized to the target at least cost),
 * equal budget, and the volume sweep. Its settings live in the link with the company, the
 * organisations and the seed; it runs when asked, shows results as they come and keeps them when
 * cancelled.
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { LEVERS } from '../../scenario/levers';
import { useApp } from '../../state/store';
import { DEFAULT_STUDY, STUDY_REPLICATIONS, type StudyLink } from '../../state/study-link';
import { useStudy } from '../../state/study-store';
import { SizingResults } from './SizingResults';
import { SweepResults } from './SweepResults';
import './study.css';

export function StudyView() {
  const { t } = useTranslation();
  const link = useApp((s) => s.study) ?? DEFAULT_STUDY;
  const setStudy = useApp((s) => s.setStudy);
  const { status, problem, sizing, sweep, timing, start, cancel } = useStudy(useShallow((s) => ({ status: s.status, problem: s.problem, sizing: s.sizing, sweep: s.sweep, timing: s.timing, start: s.start, cancel: s.cancel })));
  // Replications simulated: by the sizing searches, or by the sweep's points (read by the benchmark).
  const simulated = sizing ? sizing.results.reduce((n, r) => n + r.simulated, 0) : sweep ? sweep.cells.reduce((n, c) => n + c.runs.length, 0) : 0;
  const update = (patch: Partial<StudyLink>) => setStudy({ ...link, ...patch });
  const running = status === 'running';
  const progress = sizing
    ? { done: sizing.results.length, total: sizing.settings.organisations.length, text: t('study/sizingProgress', { done: sizing.results.length, total: sizing.settings.organisations.length }) }
    : sweep ? { done: sweep.done, total: sweep.total, text: t('study/sweepProgress', { done: sweep.done, total: sweep.total }) } : null;
  return (
    <section className="study" data-testid="study">
      <h2>{t('study/title')}</h2>
      <p className="lead">{t('study/lead')}</p>
      <div className="study-tabs" role="group">
        {(['size', 'sweep'] as const).map((view) => (
          <button key={view} type="button" aria-pressed={link.view === view} data-testid={`study-view-${view}`} onClick={() => update({ view })}>{t(`study/${view}`)}</button>
        ))}
      </div>
      <form className="study-settings" onSubmit={(e) => { e.preventDefault(); start(); }}>
        <label>
          {t('study/target')}
          <input data-testid="study-target" value={link.target} spellCheck={false} onChange={(e) => update({ target: e.currentTarget.value.trim() })} />
          <small>{t('study/targetHelp')}</small>
        </label>
        <label>
          {t('study/hours')}
          <select data-testid="study-hours" value={link.hours} onChange={(e) => update({ hours: LEVERS.hours.read(e.currentTarget.value) ?? 'preset' })}>
            {LEVERS.hours.control.options.map((o) => <option key={o.value} value={o.value}>{t(`lever/${o.label}`)}</option>)}
          </select>
        </label>
        {link.view === 'sweep' && (
          <>
            <label>
              {t('study/volume')}
              <input data-testid="study-volume" value={link.volume} spellCheck={false} onChange={(e) => update({ volume: e.currentTarget.value.trim() })} />
            </label>
            <label>
              {t('study/replications')}
              <input data-testid="study-replications" type="number" min={STUDY_REPLICATIONS.min} max={STUDY_REPLICATIONS.max} value={link.replications}
                onChange={(e) => update({ replications: Math.max(STUDY_REPLICATIONS.min, Math.min(STUDY_REPLICATIONS.max, Math.round(Number(e.currentTarget.value)) || STUDY_REPLICATIONS.min)) })} />
            </label>
          </>
        )}
        <div className="study-actions">
          <button type="submit" data-testid="study-run" disabled={running}>{t('study/start')}</button>
          <button type="button" data-testid="study-cancel" disabled={!running} onClick={cancel}>{t('study/cancel')}</button>
        </div>
      </form>
      {progress && (
        <p className="study-progress" data-testid="study-progress" data-status={status} data-first-ms={timing.first ?? undefined} data-end-ms={timing.end ?? undefined} data-simulated={simulated}>
          {running && <progress max={Math.max(1, progress.total)} value={progress.done} />} {progress.text}{running ? ` — ${t('study/running')}` : ''}
        </p>
      )}
      {status === 'cancelled' && <p role="status">{t('study/cancelled')}</p>}
      {problem && <p role="alert" className="problem" data-testid="study-problem">{t('study/problem', { problem })}</p>}
      {sizing && <SizingResults sizing={sizing} running={running} />}
      {sweep && <SweepResults sweep={sweep} />}
    </section>
  );
}
