import type { editor } from 'monaco-editor/editor/editor.api';
import type { Severity } from '@mission-studio/core/validate';
import type { MarkerSpec } from './markers';
import type { MonacoApi } from './monaco-api';

/** The owner of the markers this app sets (Monaco's JSON worker sets its own, as `json`). */
const MARKER_OWNER = 'mission-studio';

/** Replaces this app's markers on a model. */
export function applyMarkers(monaco: MonacoApi, model: editor.ITextModel, markers: readonly MarkerSpec[]): void {
  const severity: Record<Severity, number> = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    markers.map((m) => ({ ...m, severity: severity[m.severity], source: 'Mission Studio' })),
  );
}
