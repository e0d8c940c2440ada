import { useEffect, useRef, useState } from 'react';
import { useChecks, useEditor, useServices } from '../app-context';
import { useMonaco } from '../monaco/load-monaco';
import { SourceEditor } from './source-editor';
import { sourceStatus } from './source-state';
import './source.css';

/** The Source region: the whole mission as JSON in Monaco, in step with the graph both ways. */
export function SourceView() {
  const { store } = useServices();
  const monaco = useMonaco();
  const status = useEditor(sourceStatus);
  const [typing, setTyping] = useState(false);
  return (
    <section className="panel source" aria-label="Source">
      <div className="source-header">
        <h2>Source</h2>
        {status === 'draft' && (
          <span className="source-status" role="status">
            The text has errors: the graph shows the last valid version and cannot be edited until the text loads.{' '}
            <button type="button" className="link-button" onClick={() => store.getState().discardDraft()}>
              Discard my text
            </button>
          </span>
        )}
      </div>
      {status === 'broken-file' && (
        <p role="note" className="source-banner">
          This file did not load. Fix the errors below: the graph opens once the text is a valid mission. Nothing is saved until then.
        </p>
      )}
      {/* Swapping the fallback for Monaco while the user types in it would lose their focus: wait for a blur. */}
      {monaco && !typing ? <SourceEditor monaco={monaco} /> : <SourceFallback onTyping={setTyping} />}
    </section>
  );
}

/**
 * Longest text the plain fallback shows. A text area lays out every line of its text, and a 5,000-node
 * mission's 3 MB took the browser seconds to lay out (twice) before the graph could paint; Monaco draws only
 * the lines in view. Second Wave is about 75 KB.
 */
const FALLBACK_MAX_CHARS = 256 * 1024;

/**
 * A plain text area with the same behaviour, shown until Monaco has loaded, so the region is never empty; for a
 * text too long to lay out quickly, a line saying the editor is on its way (nothing can be typed there yet).
 */
function SourceFallback({ onTyping }: { onTyping(typing: boolean): void }) {
  const { store, events } = useServices();
  const draftText = useEditor((s) => s.draft?.text ?? null);
  const roomReadOnly = useEditor((s) => s.shared?.readOnly === true);
  const checkedText = useChecks((s) => s.text);
  // What the user typed stays as typed while the pipeline loads it (the stores answer a moment later).
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? draftText ?? checkedText;
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(
    () =>
      events.on('reveal-range', ({ range }) => {
        if (!area.current) return;
        area.current.focus();
        area.current.setSelectionRange(range.offset, range.offset + range.length);
      }),
    [events],
  );
  if (text.length > FALLBACK_MAX_CHARS && typed === null) {
    return (
      <p className="source-fallback source-loading" role="status">
        Opening the source editor for {Math.round(text.length / 1024).toLocaleString('en')} KB of text…
      </p>
    );
  }
  return (
    <textarea
      ref={area}
      className="source-fallback"
      aria-label="Mission source"
      spellCheck={false}
      readOnly={roomReadOnly}
      value={text}
      onChange={(e) => {
        setTyped(e.target.value);
        store.getState().setSourceText(e.target.value);
      }}
      onFocus={() => onTyping(true)}
      onBlur={() => {
        setTyped(null);
        onTyping(false);
      }}
    />
  );
}
