import { useEffect, useState } from 'react';

/**
 * `value` as of one task later: a view that takes it redraws in a task of its own, after whatever committed with
 * the change (the Problems panel, the inspector, the status bar) has been drawn. The canvas of a 1,000-node
 * mission takes tens of milliseconds to sync React Flow's nodes and edges, which used to hold Problems back.
 * Not React's `useDeferredValue`: its render starts over on every urgent update, and the stream of them while a
 * mission opens (the play check's progress, Monaco) kept five loaded pages from drawing their canvas for seconds.
 * This redraw is an ordinary one, never interrupted, so it always lands.
 */
export function useValueNextTask<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const timer = setTimeout(() => setShown(() => value), 0);
    return () => clearTimeout(timer);
  }, [value, shown]);
  return shown;
}
