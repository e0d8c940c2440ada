import { FORMAT_ID, type Mission } from '@mission-studio/core/format';
import { nodeTemplate } from '@mission-studio/core/edit';
import { serializeMission } from '@mission-studio/core/format';

/** The file name a new mission gets until it is saved. */
export const NEW_MISSION_NAME = 'untitled.mission.json';

/** A new, valid mission to start from: its meta, one start and one ending, joined by an edge. */
export function newMission(): Mission {
  const start = nodeTemplate('start', 'start', { x: 0, y: 0 });
  const end = nodeTemplate('end', 'end', { x: 320, y: 0 });
  return {
    format: FORMAT_ID,
    meta: { id: 'untitled', title: 'Untitled Mission', summary: 'A new mission.', factions: ['federation'] },
    variables: [],
    cast: [],
    locations: [],
    units: [],
    nodes: [start, end],
    edges: [{ id: 'start-end', source: start.id, sourceHandle: 'next', target: end.id }],
  };
}

/** The new mission as file text. */
export function newMissionText(): string {
  return serializeMission(newMission());
}
