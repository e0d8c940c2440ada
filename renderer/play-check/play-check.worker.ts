// The play check off the UI thread: it may walk millions of states. The client stops a run that an edit has
// made stale by terminating this worker: the check reads a cancel signal between batches, but no message can
// reach this thread while the search holds it (a shared-memory flag would need cross-origin isolation).
import type { PlayCheckRequest, PlayCheckResponse } from './play-check.types';
import { runPlayCheck } from './run-play-check';

const post = (message: PlayCheckResponse): void => self.postMessage(message);

self.onmessage = (event: MessageEvent<PlayCheckRequest>) => {
  const { version, mission, text } = event.data;
  try {
    const { diagnostics, summary } = runPlayCheck(mission, text, {
      onProgress: ({ states, phase }) => post({ version, kind: 'progress', states, phase }),
    });
    post({ version, kind: 'done', diagnostics, summary });
  } catch (error) {
    post({ version, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
