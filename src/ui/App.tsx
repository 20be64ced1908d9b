/**
 * The compare view: pick a company and organisations, run them side by side in a Web Worker, and
 * read the scorecard and the charts as the replications come in. The state lives in the URL.
 */
import { useTranslation } from 'react-i18next';
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DEFAULTS, sameSettings, useApp } from '../state/store';
import { readLink, useLinkNotice, writeLink } from '../state/link';
import { historyAction, type HistoryEntry } from '../state/history';
import { useDrafts } from '../state/drafts';
import { startAutosave } from '../state/drafts-storage';
import { Editor } from './editor/Editor';
import { issueText } from './issue-text';
import { describeLevers } from './levers-text';
import { Controls } from './Controls';
import { LinkProblems } from './LinkProblems';
import { Explore } from './Explore';
import { Explanations } from './Explanations';
import { Radar } from './Radar';
import { CoverageByChannel } from './CoverageByChannel';
import { Scorecard } from './Scorecard';
import { LatencyDistributions, LoadOverTime, MessageFlows, UtilisationOverTime } from './SmallMultiples';
import { presetName } from './names';
import { OrgDiagrams } from './OrgDiagrams';
import { Presentation } from './Presentation';
import { StudyView } from './study/StudyView';
import { SettingsPanel } from './workshop/SettingsPanel';
import { CompanyPanel } from './workshop/CompanyPanel';
import { ExportSettings } from './workshop/ChartGroup';
import { NEUTRAL_LEVERS } from '../scenario/levers';
import { afterDraws } from '../charts/draw-queue';
import type { ScenarioResult } from '../metrics/run-scenario';

/** Printing opens the explanation panels, so the report carries its assumptions (not every chart's data). */
function usePrintOpensDetails() {
  useEffect(() => {
    const open = () => document.querySelectorAll<HTMLDetailsElement>('details:not(.data)').forEach((d) => { d.dataset.wasOpen = String(d.open); d.open = true; });
    const restore = () => document.querySelectorAll<HTMLDetailsElement>('details:not(.data)').forEach((d) => { d.open = d.dataset.wasOpen === 'true'; });
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', restore);
    return () => { window.removeEventListener('beforeprint', open); window.removeEventListener('afterprint', restore); };
  }, []);
}

function useUrlState() {
  useEffect(() => {
    const apply = (pasted: boolean) => {
      const { values, problems } = readLink(window.location.hash);
      // A pasted link means what it says: what it leaves out takes its default (the language stays).
      const base = pasted ? { ...DEFAULTS, language: useApp.getState().language } : {};
      useApp.getState().applyLink({ ...base, ...values }, problems);
      entry = { ...entryOf(), at: -Infinity }; // landed on an entry (a link, Back): the next change is a new step
      void useApp.getState().run(); // the first picture comes at once
    };
    const entryOf = (): HistoryEntry => {
      const { companyId, organisationIds, replications, seed, levers, presenting } = useApp.getState();
      return { settings: { companyId, organisationIds: [...organisationIds], replications, seed, levers }, presenting: presenting !== null, at: -Infinity };
    };
    let entry = entryOf();
    const write = () => {
      const state = useApp.getState();
      const { hash, tooLong } = writeLink(state);
      if (hash !== window.location.hash) {
        // A new comparison or entering/leaving presentation is a step Back returns from (state/history.ts).
        const now = performance.now();
        const action = historyAction(entry, state, now);
        window.history[action === 'push' ? 'pushState' : 'replaceState'](null, '', hash);
        // The last change's time: changes closer together than BURST_MS (a drag) stay one step.
        entry = { ...entryOf(), at: sameSettings(entry.settings, state) ? entry.at : now };
      }
      if (tooLong !== useLinkNotice.getState().tooLong) useLinkNotice.setState({ tooLong });
    };
    // A link pasted into the open page's address bar (the page's own replaceState fires no event).
    const onHashChange = () => { if (window.location.hash !== writeLink(useApp.getState()).hash) apply(true); };
    const unsubscribe: (() => void)[] = [];
    let closed = false;
    // The saved drafts first, since the link may name them; the page writes the link only after reading it.
    void startAutosave().then(() => {
      if (closed) return;
      apply(false);
      // popstate comes with Back and Forward in the same task as the new address, before any
      // result of the running comparison could write the old state's link over it.
      window.addEventListener('popstate', onHashChange);
      window.addEventListener('hashchange', onHashChange);
      unsubscribe.push(useApp.subscribe(write), useDrafts.subscribe(write));
      write();
    });
    return () => { closed = true; window.removeEventListener('popstate', onHashChange); window.removeEventListener('hashchange', onHashChange); unsubscribe.forEach((u) => u()); };
  }, []);
}

/**
 * Once the charts are drawn: the first complete picture of each run lets the workers go on
 * refining it, and timing marks for the browser benchmark record it and the run's last picture.
 */
function usePictureDrawn(shown: unknown, status: string, current: boolean) {
  const marked = useRef({ first: 0, last: 0 });
  useEffect(() => {
    if (!current) return;
    const run = useApp.getState().runNumber;
    const first = marked.current.first !== run;
    const last = status === 'done' && marked.current.last !== run;
    if (first) marked.current.first = run;
    if (last) marked.current.last = run;
    if (first || last) requestAnimationFrame(() => afterDraws(() => {
      if (first) {
        performance.mark('cmsim:first-picture');
        useApp.getState().pictureShown(run);
      }
      if (last) performance.mark('cmsim:run-done');
    }));
  }, [shown, status, current]);
}

export function App() {
  useUrlState();
  usePrintOpensDetails();
  // Everything the page itself shows, but not the progress: that re-renders only the controls.
  const s = useApp(useShallow((a) => ({
    results: a.results, replays: a.replays, resultSettings: a.resultSettings, companyId: a.companyId, organisationIds: a.organisationIds,
    status: a.status, replications: a.replications, seed: a.seed, levers: a.levers, language: a.language,
    issues: a.issues, error: a.error, setLanguage: a.setLanguage, presenting: a.presenting, setPresenting: a.setPresenting, run: a.run,
  })));
  const { t } = useTranslation();
  // The tab's title in the chosen language, like the rest of the page.
  useEffect(() => { document.title = t('title'); }, [t, s.language]);
  // The charts show the latest complete picture: a new run does not blank them, and its updates
  // render in a transition, which React splits into short tasks (the page stays responsive).
  const live = s.results;
  // The picture carries the settings it was computed with: exports name them, and a notice says
  // when they are no longer those in view (a run cancelled after the settings changed).
  const [shown, setShown] = useState({ results: live, replays: s.replays, settings: s.resultSettings });
  const liveComplete = live.length > 0 && live.every((r) => r !== null);
  const current = liveComplete && live === shown.results;
  useEffect(() => {
    // Replays come with their organisation's first result, so a complete picture has them all.
    if (liveComplete && !current) startTransition(() => setShown({ results: live, replays: s.replays, settings: s.resultSettings }));
  }, [live, liveComplete, current, s.replays, s.resultSettings]);
  const results = useMemo(() => shown.results.filter((r): r is ScenarioResult => r !== null), [shown]);
  // After an invalid or failed run only its message shows, not the charts of an earlier one.
  const complete = results.length > 0 && s.organisationIds.length > 0 && s.status !== 'invalid' && s.status !== 'error';
  const settings = shown.settings;
  // The picture answers other settings than those in view: dimmed while the new run computes,
  // and said in words if that run was cancelled. Not while the current run's complete picture is
  // on its way to the screen (a transition): that would flash for a frame after every run.
  const arriving = liveComplete && s.resultSettings !== null && sameSettings(s.resultSettings, s);
  const outdated = complete && settings !== null && !sameSettings(settings, s) && !arriving;
  const stale = outdated && s.status === 'cancelled';
  // Replications behind the figures: fewer than asked when a run was cancelled after its first picture.
  const replicationsDone = results.length > 0 ? Math.min(...results.map((r) => r.replications)) : 0;
  const about = settings ?? s;
  // Cancelled with the settings unchanged: the figures rest on fewer replications than asked.
  const partial = s.status === 'cancelled' && complete && !outdated && settings !== null && replicationsDone < settings.replications;
  const presenting = s.presenting !== null;
  const company = results[0]?.company ?? s.companyId;
  // What every exported chart says of the figures' settings (those they were computed with).
  const exportSettings = {
    companyId: about.companyId,
    settings: t('workshop/exportSettings', {
      company: presetName('company', about.companyId, s.language),
      count: replicationsDone,
      days: results[0] ? results[0].horizonDays - results[0].warmupDays : '',
      seed: about.seed,
      levers: describeLevers({ ...about.levers, crisis: NEUTRAL_LEVERS.crisis }, t, s.language) || t('neutralLevers'),
      crisis: t(about.levers.crisis ? 'lever/on' : 'lever/off'),
    }),
  };
  const views = useMemo(() => [
    { id: 'scorecard', element: <Scorecard results={results} settings={settings && { ...settings, replications: replicationsDone }} /> },
    { id: 'company', element: <CompanyPanel companyId={company} days={results[0] ? results[0].horizonDays - results[0].warmupDays : undefined} /> },
    { id: 'radar', element: <Radar results={results} /> },
    { id: 'latency', element: <LatencyDistributions results={results} /> },
    { id: 'coverage', element: <CoverageByChannel results={results} /> },
    { id: 'flows', element: <MessageFlows results={results} /> },
    { id: 'diagrams', element: <OrgDiagrams company={company} ids={settings?.organisationIds ?? []} replays={shown.replays} /> },
    { id: 'load', element: <LoadOverTime results={results} /> },
    { id: 'utilisation', element: <UtilisationOverTime results={results} /> },
  ], [results, shown, settings, company, replicationsDone]);
  // The views appear one at a time on a fresh page: mounting all of them at once is one long task.
  const [mounted, setMounted] = useState(0);
  useEffect(() => {
    if (!complete || mounted >= views.length) return;
    const next = setTimeout(() => startTransition(() => setMounted((m) => m + 1)));
    return () => clearTimeout(next);
  }, [complete, mounted, views.length]);
  const allMounted = mounted >= views.length;
  usePictureDrawn(shown, s.status, current && allMounted);
  if (presenting && complete) return <main className="presenting"><Presentation views={views} view={s.presenting!} onView={s.setPresenting} onExit={() => s.setPresenting(null)} /></main>;
  return (
    <main data-pending={(liveComplete && !current) || (complete && !allMounted) ? 'true' : undefined} data-outdated={outdated ? 'true' : undefined}>
      <header className="top">
        <h1>{t('title')}</h1>
        <button type="button" data-testid="present" disabled={!complete} onClick={() => s.setPresenting(views[0]!.id)}>{t('present')}</button>
        <button type="button" data-testid="language" lang={s.language === 'en' ? 'fr' : 'en'} onClick={() => s.setLanguage(s.language === 'en' ? 'fr' : 'en')}>
          {t('language')}
        </button>
      </header>
      <p className="lead">{t('lead', { company: presetName('company', about.companyId, s.language) })}</p>
      <p className="print-only report-settings">
        {t('reportSettings', {
          company: presetName('company', about.companyId, s.language),
          count: replicationsDone,
          days: results[0] ? results[0].horizonDays - results[0].warmupDays : '',
          warmup: results[0]?.warmupDays ?? 0,
          seed: about.seed,
          levers: describeLevers(about.levers, t, s.language) || t('neutralLevers'),
        })}{' '}
        {/* The link to the figures printed, which may not be the settings in view. */}
        <span className="link-text">{typeof window === 'undefined' ? '' : `${window.location.href.split('#')[0]}${writeLink({ ...useApp.getState(), ...about, replications: replicationsDone || about.replications }).hash}`}</span>
      </p>
      <LinkProblems />
      <div className="workspace">
      <SettingsPanel>
        <Controls />
        <Explore />
      </SettingsPanel>
      <div className="results">
      {s.status === 'invalid' && (
        <div role="alert" className="error">
          <p>{t('invalid')}</p>
          <ul>{s.issues.map((i, k) => <li key={k}><code>{i.file}{i.path ? ` → ${i.path}` : ''}</code>: {issueText(i.message, s.language)}</li>)}</ul>
        </div>
      )}
      {s.status === 'error' && <p role="alert" className="error">{t('failed', { message: s.error })}</p>}
      {(partial || (s.status === 'cancelled' && !complete)) && (
        <div role="status" className="notice" data-testid="cancelled">
          <p>{partial ? t('partial', { count: replicationsDone, asked: settings!.replications }) : t('cancelledEmpty')}</p>
          <button type="button" onClick={() => void s.run()}>{t('runCurrent')}</button>
        </div>
      )}
      {stale && settings && (
        <div role="status" className="notice" data-testid="stale">
          <p>{t('stale', {
            company: presetName('company', settings.companyId, s.language),
            organisations: settings.organisationIds.map((id) => presetName('organisation', id, s.language)).join(', '),
            count: replicationsDone,
            seed: settings.seed,
            levers: describeLevers(settings.levers, t, s.language) || t('neutralLevers'),
          })}</p>
          <button type="button" onClick={() => void s.run()}>{t('runCurrent')}</button>
        </div>
      )}
      <ExportSettings.Provider value={exportSettings}>
        {complete && !presenting && views.slice(0, mounted).map((v) => <div key={v.id} className="view">{v.element}</div>)}
      </ExportSettings.Provider>
      <StudyView />
      {/* After the results: the first screen shows them; the drafts editor is for preparing a comparison. */}
      <Editor />
      <Explanations />
      </div>
      </div>
    </main>
  );
}
