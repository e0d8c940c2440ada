import { useEffect, useState } from 'react';
import type { MonacoApi } from './monaco-api';

let loading: Promise<MonacoApi> | null = null;
let loaded: MonacoApi | null = null;

/** Loads Monaco once, on first use (a separate chunk); every later call gets the same promise. */
function loadMonaco(): Promise<MonacoApi> {
  loading ??= import('./monaco-api').then(
    (module) => {
      loaded = module.monaco;
      return module.monaco;
    },
    (error: unknown) => {
      loading = null; // let a later editor try again (a chunk can fail to load once and then succeed)
      throw error;
    },
  );
  return loading;
}

/** Longest wait for an idle moment before Monaco loads anyway. */
const IDLE_TIMEOUT_MS = 1500;

/**
 * Runs `task` once the page has painted and is idle (or after IDLE_TIMEOUT_MS at the latest). Monaco's chunk
 * takes about a second of main-thread work to evaluate and mount: started at once, it delayed the first paint
 * of the graph by as much, and the views that need it have a plain-text fallback meanwhile.
 */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  let idle = 0;
  // Two frames: the first paint of what mounted together with the caller happens in between.
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      frame = 0;
      idle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    });
  });
  return () => {
    if (frame) cancelAnimationFrame(frame);
    if (idle) cancelIdleCallback(idle);
  };
}

/**
 * Monaco once it has loaded, null until then or if it failed to load. The first caller starts the load once
 * the page is idle after its first paint; later callers join the load in progress.
 */
export function useMonaco(): MonacoApi | null {
  const [monaco, setMonaco] = useState<MonacoApi | null>(loaded);
  useEffect(() => {
    if (monaco) return;
    let live = true;
    const start = (): void => {
      loadMonaco().then(
        (m) => live && setMonaco(m),
        // The plain text fallback keeps working; say why in the console for whoever debugs it.
        (error: unknown) => console.error('Monaco did not load; the plain text editor stays.', error),
      );
    };
    const cancel = loading ? (start(), () => undefined) : whenIdle(start);
    return () => {
      live = false;
      cancel();
    };
  }, [monaco]);
  return monaco;
}
