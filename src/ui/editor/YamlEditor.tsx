/**
 * The YAML text of a draft in CodeMirror 6: syntax colours, line numbers, the draft's problems
 * drawn inline as you type (@codemirror/lint), keys and values completed and explained from the
 * format's JSON Schema (schema-help.ts). Undo and redo are the drafts store's
 * (one history across every draft), so the editor keeps no history of its own.
 * Loaded on demand: the compare view does not pay for the editor until a draft is opened.
 */
import { useEffect, useRef } from 'react';
import { EditorState } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, hoverTooltip, keymap, lineNumbers } from '@codemirror/view';
import { autocompletion, completionKeymap, type CompletionContext } from '@codemirror/autocomplete';
import { defaultKeymap, indentWithTab } from '@codemirror/commands';
import { defaultHighlightStyle, syntaxHighlighting, indentOnInput } from '@codemirror/language';
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { helpAt, suggestionsAt } from './schema-help';

/** Keys and values from the format's JSON Schema, offered as you type (or with Ctrl+Space). */
function complete(context: CompletionContext) {
  const found = suggestionsAt(context.state.doc.toString(), context.pos);
  if (!found || (!context.explicit && found.from === context.pos && found.options[0]?.type === 'property')) return null;
  return { from: found.from, options: found.options.map((o) => ({ label: o.label, detail: o.detail, info: o.info, type: o.type })), validFor: /^[\w-]*$/ };
}

/** What a key means, when the pointer rests on it. */
const keyHelp = hoverTooltip((view, pos) => {
  const help = helpAt(view.state.doc.toString(), pos);
  if (!help) return null;
  return {
    pos: help.from,
    end: help.to,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'key-help';
      const path = document.createElement('code');
      path.textContent = help.path;
      dom.append(path, document.createTextNode(` — ${help.text}`));
      return { dom };
    },
  };
});

export interface YamlEditorProps {
  value: string;
  onChange(text: string): void;
  /** The problems of a text, placed in it. */
  diagnose(text: string): Diagnostic[];
  onUndo(): void;
  onRedo(): void;
  label: string;
}

export default function YamlEditor(props: YamlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(props);
  latest.current = props;
  /** True while the editor shows a text set from outside (undo, another draft): not an edit. */
  const replacing = useRef(false);
  /** The text this editor last reported: its echo from the store is not a change from outside. */
  const emitted = useRef<string | null>(null);

  useEffect(() => {
    const run = (what: 'onUndo' | 'onRedo') => () => { latest.current[what](); return true; };
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: latest.current.value,
        extensions: [
          lineNumbers(),
          highlightActiveLine(),
          drawSelection(),
          indentOnInput(),
          keymap.of([
            { key: 'Mod-z', run: run('onUndo') },
            { key: 'Mod-y', run: run('onRedo') },
            { key: 'Mod-Shift-z', run: run('onRedo') },
            ...completionKeymap,
            indentWithTab,
            ...defaultKeymap,
          ]),
          yaml(),
          syntaxHighlighting(defaultHighlightStyle),
          linter((v) => latest.current.diagnose(v.state.doc.toString()), { delay: 250 }),
          lintGutter(),
          autocompletion({ override: [complete] }),
          keyHelp,
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': latest.current.label, 'data-testid': 'yaml-editor' }),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged || replacing.current) return;
            emitted.current = update.state.doc.toString();
            latest.current.onChange(emitted.current);
          }),
        ],
      }),
    });
    view.current = editor;
    return () => { editor.destroy(); view.current = null; };
  }, []);

  // A text changed from outside (undo, redo, an import into the open draft) replaces the editor's.
  useEffect(() => {
    const editor = view.current;
    if (!editor || props.value === emitted.current || editor.state.doc.toString() === props.value) return;
    replacing.current = true;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: props.value } });
    replacing.current = false;
    emitted.current = null; // the editor now shows the store's text, not its own last edit
  }, [props.value]);

  return <div ref={host} className="yaml-editor" />;
}
