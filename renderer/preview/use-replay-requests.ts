import { useEffect } from 'react';
import { useServices } from '../app-context';
import { PLAY_WAY_NAMES } from '../play-check/play-check.types';
import { previewStore } from './preview-store';
import { sessionFromWitness } from './replay-way';


/** Replays in the pane each way the Problems panel asks for (to a soft-lock, a trap or a closed choice). */
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
        if ('error' in made) return preview.setNotice({ text: `Cannot replay the way into the ${PLAY_WAY_NAMES[way.code]} at "${title}": ${made.error}`, tone: 'warning' });
        const steps = way.witness.inputs.length;
        preview.adoptSession(made.session, { text: `Replayed the way into the ${PLAY_WAY_NAMES[way.code]} at "${title}" (${way.witness.faction}, ${steps} input${steps === 1 ? '' : 's'}).`, tone: 'info' });
      }),
    [store],
  );
}
