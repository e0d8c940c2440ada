/**
 * Events that are calls, not state: "reveal this node", "show this place in the source", "replay that way".
 * Whoever listens now acts; nobody has to be mounted to notice a field changing in a store. (VS Code's
 * Emitter/Event: src/vs/base/common/event.ts.)
 */
import type { SourceRange } from '@mission-studio/core/validate';
import type { PlayWay } from '../play-check/play-check.types';

/** Every event and what it carries. */
export interface AppEventMap {
  /** Bring a node into view on the canvas (it is selected already). */
  'reveal-node': { nodeId: string };
  /** Show a place in the source view and put the cursor there. */
  'reveal-range': { range: SourceRange };
  /** Play the way into a play-check finding in the preview. */
  replay: { way: PlayWay };
  /** Open the Balance view, at this fight when one is named. */
  'show-balance': { nodeId: string | null };
}

/**
 * A typed emitter; `on` returns the function that stops listening. An event nobody listens to yet is held (the
 * newest of its type) for the first listener: the source view shown by the very click that asks it to reveal a
 * line mounts a moment after the call.
 */
export interface AppEvents {
  on<K extends keyof AppEventMap>(type: K, listener: (event: AppEventMap[K]) => void): () => void;
  emit<K extends keyof AppEventMap>(type: K, event: AppEventMap[K]): void;
}

type Listener = (event: never) => void;

/** Creates the window's event channel. */
export function createAppEvents(): AppEvents {
  const listeners = new Map<keyof AppEventMap, Set<Listener>>();
  const held = new Map<keyof AppEventMap, unknown>();
  return {
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      set.add(listener as Listener);
      if (held.has(type)) {
        const event = held.get(type) as AppEventMap[typeof type];
        held.delete(type);
        listener(event);
      }
      return () => void set.delete(listener as Listener);
    },
    emit(type, event) {
      const set = listeners.get(type);
      if (!set || set.size === 0) return void held.set(type, event);
      for (const listener of [...set]) (listener as (e: typeof event) => void)(event);
    },
  };
}
