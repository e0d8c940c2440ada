// "Play from here" searches off the UI thread: the explorer may walk many states before it finds the node.
import { findWitness } from './find-witness';
import type { WitnessRequest, WitnessResponse } from './witness.types';

self.onmessage = (event: MessageEvent<WitnessRequest>) => {
  const { version, ...request } = event.data;
  const response: WitnessResponse = { version, search: findWitness(request) };
  self.postMessage(response);
};
