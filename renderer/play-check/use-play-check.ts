import { useEffect } from 'react';
import { useServices } from '../app-context';
import { createPlayCheckClient, makePlayCheckWorker } from './play-check-client';
import { watchPlayCheck } from './watch-play-check';

/**
 * Play-checks the mission in a Worker after each clean validation (see watch-play-check.ts); the findings join
 * the validator's in the store (Problems panel, badges, markers), the progress goes to the status bar.
 */
export function usePlayCheck(): void {
  const { store } = useServices();
  useEffect(() => {
    const client = createPlayCheckClient((check, found) => store.getState().setPlayCheck(check, found), typeof Worker === 'undefined' ? undefined : makePlayCheckWorker);
    const stop = watchPlayCheck(store, client);
    return () => {
      stop();
      client.dispose();
    };
  }, [store]);
}
