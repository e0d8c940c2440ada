// vitest's global setup: generated code the tests import is made fresh first (see scripts/generate-player.mjs).
import { writePlayerAssets } from './generate-player.mjs';

export default async function setup() {
  await writePlayerAssets();
}
