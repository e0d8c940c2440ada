import { useServices } from '../app-context';
import { usePreview } from './use-preview';

/** A line about the run: a breakpoint reached, an input refused, an edit the run no longer follows. */
export function RunNotice() {
  const { preview } = useServices();
  const notice = usePreview((s) => s.notice);
  const diverged = usePreview((s) => s.session?.divergence ?? null);
  if (!notice) return null;
  return (
    <div className={`run-notice run-notice-${notice.tone}`} aria-live="polite">
      <span>{notice.text}</span>
      {diverged && (
        <button type="button" onClick={() => preview.getState().restart()}>
          Restart run
        </button>
      )}
      <button type="button" className="link-button" aria-label="Dismiss" onClick={() => preview.getState().setNotice(null)}>
        ×
      </button>
    </div>
  );
}
