/**
 * One open draft: whether it is compared (or used as the company), its exports, its YAML text
 * with problems inline, and the same problems listed with their paths, as the CLI prints them.
 */
import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Diagnostic } from '@codemirror/lint';
import { useApp } from '../../state/store';
import { checkDrafts, draftFileName, redoDrafts, undoDrafts, useDrafts, type Draft, type DraftsChecked } from '../../state/drafts';
import { rangeOfPath } from '../../scenario/draft-text';
import type { DraftCheck } from '../../scenario/drafts';
import { MAX_ORGANISATIONS } from '../../state/url-state';
import { presetName } from '../names';
import { downloadText } from '../download';
import { exportJson, exportYaml, scenarioText } from './files';
import { issueText } from '../issue-text';
import { CompanyForm } from './CompanyForm';

const YamlEditor = lazy(() => import('./YamlEditor'));

interface Props {
  draft: Draft;
  check: DraftCheck;
  checked: DraftsChecked;
  onMessage(message: { text: string; problem: boolean } | null): void;
}

export function DraftPanel({ draft, check, checked, onMessage }: Props) {
  const { t } = useTranslation();
  const app = useApp(useShallow((a) => ({
    companyId: a.companyId, organisationIds: a.organisationIds, language: a.language, replications: a.replications, seed: a.seed, levers: a.levers,
    toggleOrganisation: a.toggleOrganisation, setCompany: a.setCompany,
  })));
  const valid = check.issues.length === 0 && check.id !== null;
  const id = check.id ?? '';
  const file = draftFileName(draft);
  const compared = draft.kind === 'organisation' && app.organisationIds.includes(id);

  // Problems of the text in the editor, from the same check as the list (the store holds what is typed).
  const key = draft.key;
  const companyId = app.companyId;
  const language = app.language;
  const diagnose = useCallback((text: string): Diagnostic[] => {
    const current = useDrafts.getState().drafts.find((d) => d.key === key);
    if (!current || current.text !== text) return [];
    const issues = checkDrafts(useDrafts.getState().drafts, companyId).checks.get(key)?.issues ?? [];
    return issues.map((i) => ({ ...rangeOfPath(text, i.path), severity: 'error' as const, message: `${i.path ? `${i.path}: ` : ''}${issueText(i.message, language)}` }));
  }, [key, companyId, language]);

  const exportScenario = () => {
    const text = scenarioText(app.companyId, id, checked.resolver, { replications: app.replications, seed: app.seed }, app.levers);
    if (text) downloadText(`${id}-on-${app.companyId}.scenario.yaml`, text, 'application/yaml');
  };

  return (
    <section className="draft-panel" data-testid="draft-panel" aria-label={file}>
      <div className="row">
        {draft.kind === 'organisation' ? (
          <label className="check">
            <input type="checkbox" data-testid="compare-draft" checked={compared} disabled={!id || (!compared && app.organisationIds.length >= MAX_ORGANISATIONS)}
              onChange={() => app.toggleOrganisation(id)} />
            {t('editor/compare')}
          </label>
        ) : (
          <button type="button" data-testid="use-company" disabled={!valid || app.companyId === id} onClick={() => app.setCompany(id)}>{t('editor/useCompany')}</button>
        )}
        <button type="button" data-testid="draft-export-yaml" onClick={() => exportYaml(file, draft.text)}>{t('editor/exportYaml')}</button>
        <button type="button" data-testid="draft-export-json" onClick={() => exportJson(file, draft.text)}>{t('editor/exportJson')}</button>
        {draft.kind === 'organisation' && (
          <button type="button" data-testid="draft-export-scenario" disabled={!valid} title={t('editor/exportScenarioHint')} onClick={exportScenario}>{t('editor/exportScenario')}</button>
        )}
        <button type="button" data-testid="delete-draft" onClick={() => {
          if (compared) app.toggleOrganisation(id);
          useDrafts.getState().remove(draft.key);
          onMessage({ text: t('editor/deleted'), problem: false });
        }}>{t('editor/delete')}</button>
      </div>
      {draft.kind === 'organisation' && <p className="hint">{t('editor/checkedOn', { company: presetName('company', app.companyId, app.language) })}</p>}
      {draft.kind === 'organisation' && valid && !compared && <p className="hint">{t('editor/notCompared')}</p>}
      {draft.kind === 'company' && valid && <CompanyForm draft={draft} language={app.language} />}
      <Suspense fallback={<pre className="yaml-editor">{draft.text}</pre>}>
        <YamlEditor value={draft.text} onChange={(text) => useDrafts.getState().edit(key, text)} diagnose={diagnose}
          onUndo={undoDrafts} onRedo={redoDrafts} label={t('editor/editorLabel')} key={`${key}/${companyId}/${language}`} />
      </Suspense>
      {!valid && (
        <div role="alert" className="error" data-testid="draft-problems">
          <p>{t('editor/cannotRun')}</p>
          <ul>{check.issues.map((i, k) => <li key={k}><code>{i.path || file}</code>{language === 'fr' ? '\u202f: ' : ': '}{issueText(i.message, language)}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
