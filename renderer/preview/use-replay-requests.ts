import { useEffect } from 'react';
import { useServices } from '../app-context';
import { previewStore } from './preview-store';
import { sessionFromWitness } from './replay-way';

const WHAT = { 'soft-lock': 'soft-lock', trap: 'trap' } as const;

/** Replays in the pane each way the Problems panel asks for (a soft-lock's or a trap's witness). */
export function useReplayRequests(): void {
  const { store } = useServices();
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const request = state.replay;
        if (!request || request === previous.replay) return;
        const preview = previewStore.getState();
        const mission = state.doc?.mission;
        if (!mission) return;
        const { way } = request;
        const title = mission.nodes.find((n) => n.id === way.nodeId)?.title ?? way.nodeId;
        const made = sessionFromWitness(mission, way.witness, preview.seed, way.nodeId);
        if ('error' in made) return preview.setNotice({ text: `Cannot replay the way into the ${WHAT[way.code]} at "${title}": ${made.error}`, tone: 'warning' });
        const steps = way.witness.inputs.length;
        preview.adoptSession(made.session, { text: `Replayed the way into the ${WHAT[way.code]} at "${title}" (${way.witness.faction}, ${steps} input${steps === 1 ? '' : 's'}).`, tone: 'info' });
      }),
    [store],
  );
}
