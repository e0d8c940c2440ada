// "Play from here" searches off the UI thread: the explorer may walk many states before it finds the node.
import { findWitness } from './find-witness';
import type { WitnessRequest, WitnessResponse } from './witness.types';

self.onmessage = (event: MessageEvent<WitnessRequest>) => {
  const { version, ...request } = event.data;
  let response: WitnessResponse;
  try {
    response = { version, search: findWitness(request) };
  } catch (error) {
    response = { version, failed: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
