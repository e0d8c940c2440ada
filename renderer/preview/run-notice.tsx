import { previewStore } from './preview-store';
import { usePreview } from './use-preview';

/** A line about the run: a breakpoint reached, an input refused, an edit the run no longer follows. */
export function RunNotice() {
  const notice = usePreview((s) => s.notice);
  const diverged = usePreview((s) => s.session?.divergence ?? null);
  if (!notice) return null;
  return (
    <div className={`run-notice run-notice-${notice.tone}`} aria-live="polite">
      <span>{notice.text}</span>
      {diverged && (
        <button type="button" onClick={() => previewStore.getState().restart()}>
          Restart run
        </button>
      )}
      <button type="button" className="link-button" aria-label="Dismiss" onClick={() => previewStore.getState().setNotice(null)}>
        ×
      </button>
    </div>
  );
}
