// The Balance view's random playthroughs off the UI thread: a thousand whole runs of a mission take a moment.
import type { PlaythroughsRequest, PlaythroughsResponse } from './playthroughs.types';
import { runPlaythroughs } from './run-playthroughs';

self.onmessage = (event: MessageEvent<PlaythroughsRequest>) => {
  const { version, ...input } = event.data;
  const answer: PlaythroughsResponse = { version, ...runPlaythroughs(input) };
  self.postMessage(answer);
};
