import { useEditor, useServices } from '../app-context';
import { sourceText } from '../state/editor-store';

/** The Source region: the whole mission as text (Monaco replaces this text area). */
export function SourceView() {
  const { store } = useServices();
  const text = useEditor(sourceText);
  return (
    <section className="panel source" aria-label="Source">
      <textarea aria-label="Mission source" spellCheck={false} value={text} onChange={(e) => store.getState().setSourceText(e.target.value)} />
    </section>
  );
}
