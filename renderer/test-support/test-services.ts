// Tests' window: the real services (stores, pipeline, events, preview, command registry) over a host of the
// test's choosing. Without a Worker in Node the document pipeline runs inline and answers after a microtask;
// `settle` waits for that (and for the play check it starts after its quiet time, when `untilPlayChecked`).
import { vi } from 'vitest';
import { createBrowserHost } from '../host/browser-host';
import type { ConnectRoom } from '../collab/room-connection';
import type { Host } from '../host/host.types';
import { createServices, type AppServices } from '../services';

/** A browser host whose file picker and downloads do nothing. */
const quietBrowserHost = (): Host => createBrowserHost({ pickFile: async () => null, offerDownload: () => undefined });

/** The services of a test window, with `notify` a mock. */
export function testServices(
  host: Host = quietBrowserHost(),
  connectRoom?: ConnectRoom,
): AppServices & { notify: ReturnType<typeof vi.fn> } {
  const notify = vi.fn();
  const services = createServices(host, notify, () => undefined, undefined, connectRoom);
  return { ...services, notify };
}

/** Lets the pipeline's answers (and promise chains started by commands) arrive. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
