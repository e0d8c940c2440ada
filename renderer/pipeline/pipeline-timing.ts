/**
 * The pipeline's own UI-thread work, in the browser's performance timeline: each edit taken in (`pipeline:edit`,
 * `pipeline:type`) and each answer of the worker applied (`pipeline:answer`) is a User Timing measure, seen in
 * DevTools' Performance panel and counted by `npm run bench` (bench/pipeline.bench.ts). What React then draws
 * is the views' work, not the pipeline's, and is not in these.
 */

/** Runs `work` as one measure named `name`; the measure is not kept in the page's buffer (observers still see it). */
export function timed<T>(name: `pipeline:${string}`, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start });
    performance.clearMeasures(name);
  }
}
