/**
 * "Play from here" for a node: finds a way in (the explorer's witness, searched in a Worker) and hands the
 * preview store a plan to review, or why there is none. Shared by the pane's button and the `run.playFromHere`
 * command (Run menu, the graph's context menu).
 */
import { planFromHere } from './play-from-here';
import type { PreviewStore } from './preview-store';
import { createWitnessClient, makeWitnessWorker, type WitnessClient } from './witness-client';

/** The most states a "play from here" search stores before it gives up. */
const WITNESS_MAX_STATES = 2_000_000;

let witnessClient: WitnessClient | null = null;
function witnesses(): WitnessClient {
  witnessClient ??= createWitnessClient(typeof Worker === 'undefined' ? undefined : makeWitnessWorker);
  return witnessClient;
}

/** Starts the search for a way into `nodeId`, preferring the faction chosen in the pane. */
export async function playFromHere(preview: PreviewStore, nodeId: string): Promise<void> {
  const p = preview.getState();
  const mission = p.mission;
  if (!mission) return;
  const faction = p.faction ?? mission.meta.factions[0] ?? '';
  p.setFromHere({ nodeId, status: 'searching' });
  let search;
  try {
    search = await witnesses().find({ mission, nodeId, preferred: [faction], maxStates: WITNESS_MAX_STATES });
  } catch (error) {
    // The search's worker died (out of memory): say so rather than search for ever.
    if (preview.getState().fromHere?.nodeId === nodeId)
      p.setFromHere({ nodeId, status: 'failed', error: error instanceof Error ? error.message : String(error) });
    return;
  }
  if (!search || preview.getState().fromHere?.nodeId !== nodeId) return;
  const plan = planFromHere(preview.getState().mission ?? mission, nodeId, search);
  p.setFromHere('error' in plan ? { nodeId, status: 'failed', error: plan.error } : { nodeId, status: 'ready', plan });
}
