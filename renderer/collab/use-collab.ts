/** React's view of the window's live room. */
import { useStore } from 'zustand';
import { useServices } from '../app-context';
import type { CollabActions, CollabState } from './collab-store';

/** Reads a slice of the collaboration state (connection, people here); return stable values. */
export function useCollab<T>(selector: (state: CollabState & CollabActions) => T): T {
  return useStore(useServices().collab.state, selector);
}

/**
 * The people who have node `id` selected, as one string per change (`colour TAB name` lines) so that a node
 * re-renders only when its own marks change, not whenever anyone anywhere moves.
 */
export function usePeersOn(id: string): Array<{ colour: string; name: string }> {
  const key = useCollab((s) =>
    s.peers
      .filter((p) => p.selected === id)
      .map((p) => `${p.colour}\t${p.name}`)
      .join('\n'),
  );
  if (key === '') return [];
  return key.split('\n').map((line) => {
    const [colour = '', name = ''] = line.split('\t');
    return { colour, name };
  });
}
