import { useEffect, useRef, useState } from 'react';
import { useEditor, useServices } from '../app-context';
import { useMonaco } from '../monaco/load-monaco';
import { sourceText } from '../state/editor-store';
import { takeReveal } from './reveal-tracker';
import { SourceEditor } from './source-editor';
import { sourceStatus } from './source-state';
import './source.css';

/** The Source region: the whole mission as JSON in Monaco, in step with the graph both ways. */
export function SourceView() {
  const monaco = useMonaco();
  const status = useEditor(sourceStatus);
  const [typing, setTyping] = useState(false);
  return (
    <section className="panel source" aria-label="Source">
      <div className="source-header">
        <h2>Source</h2>
        {status === 'draft' && <span className="source-status">The text has errors: the graph shows the last valid version.</span>}
      </div>
      {status === 'broken-file' && (
        <p role="note" className="source-banner">
          This file did not load. Fix the errors below: the graph opens once the text is a valid mission. Nothing is
          saved until then.
        </p>
      )}
      {/* Swapping the fallback for Monaco while the user types in it would lose their focus: wait for a blur. */}
      {monaco && !typing ? <SourceEditor monaco={monaco} /> : <SourceFallback onTyping={setTyping} />}
    </section>
  );
}

/** A plain text area with the same behaviour, shown until Monaco has loaded, so the region is never empty. */
function SourceFallback({ onTyping }: { onTyping(typing: boolean): void }) {
  const { store } = useServices();
  const text = useEditor(sourceText);
  const reveal = useEditor((s) => s.reveal);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const range = takeReveal(store, reveal);
    if (!range || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(range.offset, range.offset + range.length);
  }, [store, reveal]);
  return (
    <textarea
      ref={area}
      className="source-fallback"
      aria-label="Mission source"
      spellCheck={false}
      value={text}
      onChange={(e) => store.getState().setSourceText(e.target.value)}
      onFocus={() => onTyping(true)}
      onBlur={() => onTyping(false)}
    />
  );
}
