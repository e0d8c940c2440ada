import { useEffect, useState } from 'react';
import type { MonacoApi } from './monaco-api';

let loading: Promise<MonacoApi> | null = null;
let loaded: MonacoApi | null = null;

/** Loads Monaco once, on first use (a separate chunk); every later call gets the same promise. */
export function loadMonaco(): Promise<MonacoApi> {
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

/** Monaco if it has already loaded, so a view mounted later skips its fallback. */
export function loadedMonaco(): MonacoApi | null {
  return loaded;
}

/** Monaco once it has loaded (starting the load on first call), null until then or if it failed to load. */
export function useMonaco(): MonacoApi | null {
  const [monaco, setMonaco] = useState<MonacoApi | null>(loaded);
  useEffect(() => {
    if (monaco) return;
    let live = true;
    loadMonaco().then(
      (m) => live && setMonaco(m),
      // The plain text fallback keeps working; say why in the console for whoever debugs it.
      (error: unknown) => console.error('Monaco did not load; the plain text editor stays.', error),
    );
    return () => {
      live = false;
    };
  }, [monaco]);
  return monaco;
}
