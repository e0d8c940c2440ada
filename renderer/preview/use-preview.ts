/** Reading the preview store from React, and the values derived from it that several views share. */
import { useStore } from 'zustand';
import type { RunState } from '../../core/engine';
import { previewStore, type PreviewActions, type PreviewState } from './preview-store';
import { currentState } from './run-session';

/** Reads a slice of the preview state; the view re-renders when that slice changes (return stable values). */
export function usePreview<T>(selector: (state: PreviewState & PreviewActions) => T): T {
  return useStore(previewStore, selector);
}

/** The state the run is in now, or null before the first Play. */
export function selectRunState(s: PreviewState): RunState | null {
  return s.session ? currentState(s.session) : null;
}
