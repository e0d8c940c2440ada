// vitest's global setup: generated code the tests import is made fresh first (see scripts/generate-player.mjs),
// and the CLI's bundle, which the tests that spawn the command and the worker pool's tests run (build-cli.mjs).
import { buildCliIfStale } from './build-cli.mjs';
import { writePlayerAssets } from './generate-player.mjs';

export default async function setup() {
  await writePlayerAssets();
  await buildCliIfStale(() => {});
}
