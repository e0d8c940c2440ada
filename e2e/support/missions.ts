import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The project root; e2e specs run with Playwright's config folder (the root) as cwd, but do not rely on it. */
export const PROJECT_ROOT = join(__dirname, '..', '..');

/** The reference mission's text, exactly as bundled into the app. */
export const SECOND_WAVE_TEXT = readFileSync(join(PROJECT_ROOT, 'missions/second-wave.mission.json'), 'utf8');

const secondWave = JSON.parse(SECOND_WAVE_TEXT) as { meta: { title: string }; nodes: unknown[] };

/** What the window should show for the reference mission, read from the file rather than hard-coded. */
export const SECOND_WAVE = {
  title: secondWave.meta.title,
  nodeCount: secondWave.nodes.length,
};

const tutorial = JSON.parse(readFileSync(join(PROJECT_ROOT, 'missions/tutorial.mission.json'), 'utf8')) as {
  meta: { title: string };
  nodes: Array<{ id: string; type: string; title: string }>;
};
const tutorialStart = tutorial.nodes.find((n) => n.type === 'start');
if (!tutorialStart) throw new Error('the tutorial mission has no start node');

/** The bundled tutorial's title and the start node it opens on, read from its file. */
export const TUTORIAL = { title: tutorial.meta.title, start: { id: tutorialStart.id, title: tutorialStart.title } };

/** The reference mission under another title, to tell "opened this file" from "showed the default". */
export function retitledSecondWave(title: string): string {
  const mission = JSON.parse(SECOND_WAVE_TEXT) as { meta: { title: string } };
  mission.meta.title = title;
  return JSON.stringify(mission, null, 2);
}

/** A node of the reference mission as its file has it (the fields the specs read). */
export interface FileNode {
  id: string;
  type: string;
  title: string;
  data: {
    choices?: Array<{ id: string; text: string }>;
    continue?: { label: string };
    text?: string;
    lines?: string[];
  };
}

const fileNodes = (JSON.parse(SECOND_WAVE_TEXT) as { nodes: FileNode[] }).nodes;

/** A node of the reference mission by id; throws when the mission has no such node (the spec is out of date). */
export function secondWaveNode(id: string): FileNode {
  const found = fileNodes.find((n) => n.id === id);
  if (!found) throw new Error(`Second Wave has no node "${id}"`);
  return found;
}

/** The text of a dialog choice of the reference mission, as the player sees it. */
export function secondWaveChoice(nodeId: string, choiceId: string): string {
  const text = secondWaveNode(nodeId).data.choices?.find((c) => c.id === choiceId)?.text;
  if (text === undefined) throw new Error(`no choice "${choiceId}" at "${nodeId}"`);
  return text;
}

/** The label of a hub's way on. */
export const secondWaveContinue = (nodeId: string): string => secondWaveNode(nodeId).data.continue?.label ?? '';

/**
 * What a player clicks on the reference mission's way through the station to the conference's end, shared by
 * both factions after their openings: choices, the hub's way on, and two objectives. `objective` words an
 * objective's button from its text (the preview shows the text, the exported page "Done: " and the text).
 */
export function secondWaveToConferenceEnd(objective: (text: string) => string): string[] {
  const done = (nodeId: string) => objective(secondWaveNode(nodeId).data.text ?? '');
  return [
    secondWaveChoice('andrews-briefing', 'agree-rounds'),
    secondWaveContinue('promenade-hub'),
    done('cargo-arrive'),
    secondWaveChoice('kurland-trapped', 'vent-pod'),
    secondWaveChoice('temple-trem', 'reassure-trem'),
    done('escort-trem'),
    secondWaveChoice('round-skyl', 'skyl-borders'),
    secondWaveChoice('round-karukan', 'karukan-seat'),
  ];
}

/** The Federation's rest of the conference and its order at the evacuation, which starts the fights. */
export const SECOND_WAVE_FEDERATION_TO_FIGHTS = [
  secondWaveChoice('round-surah', 'surah-engineers'),
  secondWaveChoice('round-kurland', 'kurland-patrols'),
  secondWaveChoice('evac-orders', 'fight-through'),
];
