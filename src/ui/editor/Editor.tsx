/**
 * "Your company, your organisation": the user's drafts beside the presets. Create one from a
 * preset or from blank, import a file (button or drop), undo and redo, and open a draft to edit
 * it (DraftPanel). A message says what an import did, or why it was refused.
 */
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/store';
import { checkDrafts, draftsUsed, redoDrafts, undoDrafts, useDrafts } from '../../state/drafts';
import { useLinkNotice } from '../../state/link';
import { BLANK, duplicateText, freeId } from '../../scenario/draft-text';
import { declaredId, type DraftKind } from '../../scenario/drafts';
import { PRESETS } from '../../scenario/presets';
import { textOf } from '../../scenario/text';
import { COMPANIES, ORGANISATIONS, presetName } from '../names';
import { DraftPanel } from './DraftPanel';
import { exportYaml, importFile } from './files';
import './words';
import './editor.css';

type Message = { text: string; problem: boolean } | null;

/** Ids a new draft of `kind` may not take. */
function takenIds(kind: DraftKind): Set<string> {
  const drafts = useDrafts.getState().drafts.filter((d) => d.kind === kind).map((d) => declaredId(d.text));
  return new Set([...PRESETS.filter((p) => p.kind === kind).map((p) => p.id), ...drafts]);
}

/** Adds a draft copied from preset `from` ('' for blank), under an id of its own. */
function createDraft(kind: DraftKind, from: string): void {
  const preset = PRESETS.find((p) => p.kind === kind && p.id === from);
  const id = freeId(preset ? `my-${preset.id}` : `my-${kind}`, takenIds(kind));
  useDrafts.getState().add(kind, preset ? duplicateText(preset.text, id) : duplicateText(BLANK[kind], id, false));
}

function NewDraft({ kind }: { kind: DraftKind }) {
  const { t } = useTranslation();
  const language = useApp((a) => a.language);
  const [from, setFrom] = useState('');
  const presets = kind === 'company' ? COMPANIES : ORGANISATIONS;
  return (
    <div className="new-draft">
      <label>
        {t(kind === 'company' ? 'editor/newCompany' : 'editor/newOrganisation')}{' '}
        <select value={from} onChange={(e) => setFrom(e.target.value)} data-testid={`new-${kind}-from`}>
          <option value="">{t('editor/blank')}</option>
          {presets.map((p) => <option key={p.id} value={p.id}>{textOf(p.name, language)}</option>)}
        </select>
      </label>
      <button type="button" data-testid={`new-${kind}`} onClick={() => createDraft(kind, from)}>{t('editor/create')}</button>
    </div>
  );
}

export function Editor() {
  const { t } = useTranslation();
  const { drafts, open } = useDrafts(useShallow((d) => ({ drafts: d.drafts, open: d.open })));
  const app = useApp(useShallow((a) => ({ companyId: a.companyId, organisationIds: a.organisationIds, language: a.language })));
  const canUndo = useStore(useDrafts.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDrafts.temporal, (s) => s.futureStates.length > 0);
  const tooLong = useLinkNotice((s) => s.tooLong);
  const [message, setMessage] = useState<Message>(null);
  const [dragging, setDragging] = useState(false);
  const checked = checkDrafts(drafts, app.companyId);
  const openDraft = drafts.find((d) => d.key === open);

  const importFiles = async (files: FileList | null) => {
    for (const file of files ? [...files] : []) {
      const outcome = await importFile(file);
      outcome.drafts.forEach((d) => useDrafts.getState().add(d.kind, d.text));
      setMessage({ text: t(`editor/${outcome.message}`, outcome.values), problem: outcome.problem });
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void importFiles(e.dataTransfer.files);
  };

  return (
    <details className="editor" data-testid="editor" open={drafts.length > 0 || undefined}
      onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop} data-dragging={dragging || undefined}>
      <summary><h2>{t('editor/title')}</h2></summary>
      <p className="hint">{t('editor/intro')}</p>
      <div className="editor-start">
        <NewDraft kind="organisation" />
        <NewDraft kind="company" />
        <div className="new-draft">
          <label className="file-button">
            {t('editor/import')}
            <input type="file" accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml" data-testid="import"
              onChange={(e) => { void importFiles(e.target.files); e.target.value = ''; }} />
          </label>
          <span className="hint">{t('editor/dropHint')}</span>
        </div>
        <div className="new-draft">
          <button type="button" data-testid="undo" disabled={!canUndo} onClick={undoDrafts}>{t('editor/undo')}</button>
          <button type="button" data-testid="redo" disabled={!canRedo} onClick={redoDrafts}>{t('editor/redo')}</button>
        </div>
      </div>
      {message && <p role="status" className={message.problem ? 'notice' : 'hint'} data-testid="import-message">{message.text}</p>}
      {tooLong && (
        <div role="status" className="notice" data-testid="link-too-long">
          <p>{t('editor/linkTooLong')}</p>
          {draftsUsed(checked.runnable, app.companyId, app.organisationIds).map((d) => (
            <button type="button" key={d.file} onClick={() => exportYaml(d.file, d.text)}>{d.file}</button>
          ))}
        </div>
      )}
      <h3>{t('editor/drafts')}</h3>
      {drafts.length === 0 ? <p className="hint">{t('editor/none')}</p> : (
        <ul className="draft-list" data-testid="drafts">
          {drafts.map((d) => {
            const issues = checked.checks.get(d.key)?.issues.length ?? 0;
            const id = declaredId(d.text);
            return (
              <li key={d.key}>
                <button type="button" aria-pressed={d.key === open} data-draft={id} onClick={() => useDrafts.getState().openDraft(d.key === open ? null : d.key)}>
                  <span className="draft-name">{id ? presetName(d.kind, id, app.language) : d.key}</span>{' '}
                  <span className="hint">({t(`editor/${d.kind}`)})</span>{' '}
                  <span className={issues ? 'badge bad' : 'badge good'}>{issues ? t('editor/invalid', { count: issues }) : t('editor/valid')}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {openDraft && <DraftPanel draft={openDraft} check={checked.checks.get(openDraft.key)!} checked={checked} onMessage={setMessage} />}
    </details>
  );
}
