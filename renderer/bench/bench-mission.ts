import { serializeMission } from '@mission-studio/core/format';
import type { FileRef } from '../state/editor-store';

/** Reads `?bench=N` from a URL's query: a node count, or null without a valid flag. */
export function benchNodeCount(search: string): number | null {
  const count = Number(new URLSearchParams(search).get('bench') ?? '');
  return Number.isInteger(count) && count > 0 && count <= 100_000 ? count : null;
}

/**
 * Benchmarks only (`?bench=N` in the page URL, which nothing in the app sets): opens a generated N-node mission
 * instead of the default one, and marks `bench:open` when its text is ready. The generator loads on demand, so
 * without the flag nothing of it is fetched.
 */
export async function benchMission(search = window.location.search): Promise<(FileRef & { text: string }) | null> {
  const count = benchNodeCount(search);
  if (count === null) return null;
  const { generateMission } = await import('@mission-studio/core/test-support');
  const text = serializeMission(generateMission({ nodes: count }));
  performance.mark('bench:open');
  return { name: `bench-${count}.mission.json`, text };
}
