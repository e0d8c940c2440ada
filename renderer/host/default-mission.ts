import secondWaveText from '../../missions/second-wave.mission.json?raw';
import type { MissionDocument } from './host.types';

/** The reference mission, bundled as text so the loader sees exactly the bytes on disk (and their lines). */
export const DEFAULT_MISSION: MissionDocument = Object.freeze({
  name: 'second-wave.mission.json',
  text: secondWaveText,
});
