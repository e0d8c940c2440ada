import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { useEditor } from '../app-context';
import { canEdit } from '../state/editor-store';
import { applyMarkers } from './apply-markers';
import type { ExpressionEditorProps } from './expression-editor.types';
import { setExpressionContext } from './expression-context';
import { EXPRESSION_LANGUAGE_ID } from './expression-language';
import { expressionProblems } from './expression-problems';
import { useMonaco } from './load-monaco';
import { expressionMarkers } from './markers';
import type { MonacoApi } from './monaco-api';
import { replaceModelText } from './model-edits';
import { MISSION_THEME_ID } from './theme';
import './monaco.css';

export type { ExpressionEditorProps } from './expression-editor.types';

/**
 * A one-line editor for a condition or an effect: highlighting, completion of the mission's variables and node
 * ids, and the parser's and analyzer's problems as markers. Until the field is first focused it is a plain text
 * field with the same value and name: a Monaco editor costs about 70 ms to create, and selecting a node must not
 * pay that for every field of its form. Focusing the field makes the editor and moves the focus into it. Until
 * Monaco has loaded (and while the user is typing in the plain field) the plain field is the editor.
 */
export function ExpressionEditor(props: ExpressionEditorProps) {
  const monaco = useMonaco();
  const [typing, setTyping] = useState(false);
  // Set on the first focus once Monaco is there; from then on this field is a Monaco editor.
  const [active, setActive] = useState(false);
  if (monaco && active && !typing) return <MonacoExpressionEditor monaco={monaco} {...props} />;
  // Swapping the field for Monaco under the user's fingers would lose focus: wait until they leave it. Nothing
  // has been typed yet when a field is focused, so then the swap is safe.
  return (
    <input
      className="expression-fallback"
      type="text"
      spellCheck={false}
      aria-label={props.ariaLabel}
      placeholder={props.placeholder}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      onFocus={() => (monaco ? setActive(true) : setTyping(true))}
      onBlur={() => setTyping(false)}
    />
  );
}

let modelSeq = 0;

const SINGLE_LINE: editor.IStandaloneEditorConstructionOptions = {
  theme: MISSION_THEME_ID,
  automaticLayout: true,
  fixedOverflowWidgets: true,
  fontSize: 13,
  lineHeight: 20,
  padding: { top: 4, bottom: 4 },
  lineNumbers: 'off',
  glyphMargin: false,
  folding: false,
  lineDecorationsWidth: 4,
  lineNumbersMinChars: 0,
  minimap: { enabled: false },
  overviewRulerLanes: 0,
  overviewRulerBorder: false,
  hideCursorInOverviewRuler: true,
  renderLineHighlight: 'none',
  scrollBeyondLastLine: false,
  scrollBeyondLastColumn: 0,
  scrollbar: { vertical: 'hidden', horizontal: 'hidden', alwaysConsumeMouseWheel: false, useShadows: false },
  wordWrap: 'off',
  contextmenu: false,
  links: false,
  occurrencesHighlight: 'off',
  tabFocusMode: true, // Tab moves to the next field, as in any form
  quickSuggestions: { other: true, strings: true, comments: false },
  suggestOnTriggerCharacters: true,
  wordBasedSuggestions: 'off',
  fontFamily: "ui-monospace, 'Cascadia Code', Menlo, monospace",
  editContext: false, // a real <textarea>, which React Flow and our shortcuts leave alone (see source-editor.tsx)
};

function MonacoExpressionEditor({ monaco, value, onChange, kind, ariaLabel, placeholder }: ExpressionEditorProps & { monaco: MonacoApi }) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null);
  const applyingProps = useRef(false);
  const mission = useEditor((s) => s.doc?.mission ?? null);
  // While the source text does not load, the mission cannot change: the field says so by refusing input.
  const editable = useEditor(canEdit);
  const latest = useRef({ onChange, kind, mission });
  useLayoutEffect(() => {
    latest.current = { onChange, kind, mission };
  });

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const model = monaco.editor.createModel(
      value,
      EXPRESSION_LANGUAGE_ID,
      monaco.Uri.parse(`inmemory://mission-studio/expression/${++modelSeq}`),
    );
    const ed = monaco.editor.create(element, { ...SINGLE_LINE, model, ariaLabel, ...(placeholder ? { placeholder } : {}) });
    editorRef.current = ed;
    const removeContext = setExpressionContext(model.uri.toString(), {
      kind: () => latest.current.kind,
      mission: () => latest.current.mission,
    });
    const refreshMarkers = () =>
      applyMarkers(monaco, model, expressionMarkers(expressionProblems(model.getValue(), latest.current.kind, latest.current.mission)));
    // One line only: Enter does nothing unless it accepts a suggestion, and pasted line breaks become spaces.
    const enter = ed.addAction({
      id: 'mission-studio.expression.enter',
      label: 'Keep to one line',
      keybindings: [
        monaco.KeyCode.Enter,
        monaco.KeyMod.Shift | monaco.KeyCode.Enter,
        monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter,
        monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter,
      ],
      precondition: '!suggestWidgetVisible',
      run: () => undefined,
    });
    const changes = ed.onDidChangeModelContent((event) => {
      refreshMarkers();
      if (event.isFlush || applyingProps.current) return; // the new value came from the props, not the user
      const text = model.getValue();
      if (model.getLineCount() > 1) {
        queueMicrotask(
          () =>
            !model.isDisposed() && ed.executeEdits('one-line', [{ range: model.getFullModelRange(), text: text.replace(/\r?\n/g, ' ') }]),
        );
        return;
      }
      latest.current.onChange(text);
    });
    refreshMarkers();
    // Made because the plain field was focused: the focus moves in, the caret at the end of the text.
    ed.setPosition(model.getFullModelRange().getEndPosition());
    ed.focus();
    return () => {
      changes.dispose();
      enter.dispose();
      removeContext();
      editorRef.current = null;
      ed.dispose();
      model.dispose();
    };
    // The editor is made once per mount; later prop changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [monaco]);

  useEffect(() => {
    const ed = editorRef.current;
    const model = ed?.getModel();
    if (!ed || !model || model.getValue() === value) return;
    applyingProps.current = true;
    try {
      replaceModelText(ed, model, value, 'props');
    } finally {
      applyingProps.current = false;
    }
  }, [value]);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel, placeholder: placeholder ?? '', readOnly: !editable });
  }, [ariaLabel, placeholder, editable]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) applyMarkers(monaco, model, expressionMarkers(expressionProblems(model.getValue(), kind, mission)));
  }, [monaco, kind, mission]);

  return <div ref={host} className="expression-editor nokey" data-kind={kind} />;
}
