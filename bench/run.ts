// `npm run bench [-- name...] [--huge]`: runs the benchmarks (all, or those named) and prints their figures.
import { benchRenderer } from './renderer.bench';
import { benchEngine } from './engine.bench';
import { benchValidation } from './validation.bench';
import { benchPreview } from './preview.bench';
import { benchExport } from './export.bench';
import { benchPipeline } from './pipeline.bench';
import { benchCollab } from './collab.bench';

const SUITES: Record<string, () => Promise<void>> = {
  validation: benchValidation,
  engine: benchEngine,
  renderer: benchRenderer,
  preview: benchPreview,
  export: benchExport,
  pipeline: benchPipeline,
  collab: benchCollab,
};

async function run(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length > 0 ? wanted : Object.keys(SUITES);
  console.log(`Mission Studio benchmarks on Node ${process.version}`);
  for (const name of names) {
    const suite = SUITES[name];
    if (!suite) throw new Error(`unknown benchmark '${name}'; known: ${Object.keys(SUITES).join(', ')}`);
    await suite();
  }
}

run().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
