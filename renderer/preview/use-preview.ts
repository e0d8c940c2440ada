/** Reading the preview store from React, and the values derived from it that several views share. */
import type { RunState } from '@mission-studio/core/engine';
import type { PreviewState } from './preview-store';
import { currentState } from './run-session';

export { usePreview } from '../app-context';

/** The state the run is in now, or null before the first Play. */
export function selectRunState(s: PreviewState): RunState | null {
  return s.session ? currentState(s.session) : null;
}
