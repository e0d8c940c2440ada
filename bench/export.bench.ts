// Issue 9's figures: each export's time on Second Wave and on a generated 1,000-node mission, beside the time to
// write the mission's own file (serializeMission) in the same process, and the runtime bundle's gzipped size.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { EXPORT_FORMATS } from '@mission-studio/core/export';
import { exportSvg } from '@mission-studio/core/export';
import { loadMission } from '@mission-studio/core/format';
import type { Mission } from '@mission-studio/core/format';
import { serializeMission } from '@mission-studio/core/format';
import { generateMission } from '@mission-studio/core/test-support';
import { svgToPng } from '../cli/export-png';
import { RUNTIME_BUILD } from '../scripts/build-runtime.mjs';
import { figure, heading, measure, ms } from './harness';

/** Target for every format but png at 1,000 nodes. */
const TARGET_MS = 200;
/** Target for the runtime's size, gzipped. */
const RUNTIME_BUDGET_BYTES = 25 * 1024;

async function runtimeBundleSize(): Promise<{ raw: number; gzipped: number }> {
  const result = await build({ ...RUNTIME_BUILD, write: false });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

/** Runs the export benchmark and prints its figures. */
export async function benchExport(): Promise<void> {
  heading('Export (issue 9)');
  const missions: Array<[string, Mission, boolean]> = [
    ['Second Wave', loadMission(readFileSync('missions/second-wave.mission.json', 'utf8')).mission as Mission, false],
    ['1,000 nodes', generateMission({ nodes: 1_000 }), true],
  ];
  for (const [name, mission, withTarget] of missions) {
    const baseline = await measure(() => serializeMission(mission));
    figure(`${name}: baseline, the mission's own file (serializeMission)`, ms(baseline.median));
    for (const format of EXPORT_FORMATS) {
      if (!format.run) continue;
      const run = format.run;
      const stats = await measure(() => run(mission, {}), { warmup: 2, runs: 10 });
      const ratio = stats.median / baseline.median;
      figure(
        `${name}: ${format.id} (${ratio.toFixed(1)}x the baseline)`,
        ms(stats.median),
        withTarget ? { text: `<= ${TARGET_MS} ms`, met: stats.median <= TARGET_MS } : undefined,
      );
    }
    const svg = exportSvg(mission, {}).text;
    try {
      const png = await measure(() => svgToPng(svg), { warmup: 1, runs: 3 });
      figure(`${name}: png (svg rasterized by resvg, x2)`, ms(png.median));
    } catch (error) {
      // A generated mission laid out in one long row is past the PNG size cap: the refusal is the figure.
      figure(`${name}: png`, `refused: ${error instanceof Error ? error.message.split(';')[0] : String(error)}`);
    }
  }
  const size = await runtimeBundleSize();
  figure('mission-studio/runtime bundle, minified', `${(size.raw / 1024).toFixed(1)} KB`);
  figure('mission-studio/runtime bundle, gzipped', `${(size.gzipped / 1024).toFixed(1)} KB`, {
    text: '<= 25 KB',
    met: size.gzipped <= RUNTIME_BUDGET_BYTES,
  });
}
