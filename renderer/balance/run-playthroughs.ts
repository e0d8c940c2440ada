import { affordablePlaythroughs, runMonteCarlo } from '@mission-studio/core/engine';
import type { PlaythroughsAnswer, PlaythroughsInput } from './playthroughs.types';

/**
 * Random playthroughs the view asks for: 1,000 reads a share to about a percent and takes a fraction of a second
 * on Second Wave; a mission of huge fights gets fewer (core's affordablePlaythroughs, the CLI's same bound).
 */
const PLAYTHROUGHS = 1000;

/** Plays the mission's random playthroughs (random choices, fights auto-resolved, the same seeds each time). */
export function runPlaythroughs({ mission }: PlaythroughsInput): PlaythroughsAnswer {
  try {
    return { kind: 'done', report: runMonteCarlo(mission, { runs: affordablePlaythroughs(mission, PLAYTHROUGHS) }) };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
