// A tiny benchmark harness: warm up, sample, and print figures beside a baseline measured in the same process.

/** Summary statistics of one measured function, in milliseconds. */
export interface Stats {
  runs: number;
  median: number;
  p95: number;
  min: number;
}

/** Times `fn` after `warmup` untimed calls. Async functions are awaited. */
export async function measure(fn: () => unknown, { warmup = 3, runs = 20 }: { warmup?: number; runs?: number } = {}): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return { runs, median: at(0.5), p95: at(0.95), min: samples[0] as number };
}

/** `12.3 ms` with sensible precision. */
export const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;

/** Prints a section heading. */
export function heading(title: string): void {
  console.log(`\n## ${title}`);
}

/** Prints one figure line, its target, and whether it is met. */
export function figure(label: string, value: string, target?: { text: string; met: boolean }): void {
  const verdict = target ? `  (target ${target.text}: ${target.met ? 'met' : 'NOT MET'})` : '';
  console.log(`  ${label.padEnd(58)} ${value}${verdict}`);
}
