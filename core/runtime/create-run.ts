/** Starting runs of a runtime file, and loading the file: the entry points of `mission-studio/runtime`. */
import { startRun } from '../engine/simulator/start-run';
import type { Mission } from '../format/mission.types';
import { checkRuntimeFile } from './check-runtime-file';
import { Run, RunError } from './run';
import type { RuntimeFile } from './runtime-file.types';
import { runtimeMission } from './runtime-mission';
import type { RunOptions } from './runtime.types';

// One engine mission per file object: building it compiles every expression once.
const missions = new WeakMap<RuntimeFile, Mission>();

/** @internal The engine's mission for a runtime file, built once per file object. */
export function missionOf(file: RuntimeFile): Mission {
  let mission = missions.get(file);
  if (!mission) {
    mission = runtimeMission(file);
    missions.set(file, mission);
  }
  return mission;
}

/**
 * Reads a runtime file (its JSON text, or the parsed value) and checks it. Throws a RuntimeFormatError naming
 * the field that is wrong; a file that loads can always be played.
 */
export function loadRuntime(json: string | unknown): RuntimeFile {
  const value: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  return checkRuntimeFile(value);
}

/** The language a run shows: the one asked for (it must be one of the file's), else the source language. */
export function pickLanguage(file: RuntimeFile, language: string | undefined): string {
  if (language === undefined) return file.languages[0] as string;
  if (!file.languages.includes(language))
    throw new RunError(`the mission has no "${language}" strings (it has ${file.languages.join(', ')})`);
  return language;
}

/** Starts a run as a faction; it stands at its first step (a choice, a hand-off or an ending). */
export function createRun(file: RuntimeFile, options: RunOptions): Run {
  if (!file.mission.factions.includes(options.faction)) {
    throw new RunError(`the mission has no faction "${options.faction}" (it has ${file.mission.factions.join(', ')})`);
  }
  const mission = missionOf(file);
  const language = pickLanguage(file, options.language);
  const state = startRun(mission, { faction: options.faction, seed: options.seed ?? 1 });
  return new Run(file, mission, state, language, options.handOffs);
}
