// Shared fixtures for tests across core/, cli/ and renderer/: small, valid missions to break on purpose.
import type { Mission, MissionEdge, MissionNode } from '../format/mission.types';

/** A node at the origin with the given id, type and data. */
export function node<T extends MissionNode['type']>(
  id: string,
  type: T,
  data: Extract<MissionNode, { type: T }>['data'],
  extra: Partial<Pick<MissionNode, 'parentId' | 'title'>> = {},
): MissionNode {
  return {
    id,
    type,
    title: extra.title ?? id,
    position: { x: 0, y: 0 },
    ...(extra.parentId ? { parentId: extra.parentId } : {}),
    data,
  } as MissionNode;
}

/** An edge named after its source and port. */
export function edge(source: string, sourceHandle: string, target: string): MissionEdge {
  return { id: `${source}.${sourceHandle}`, source, sourceHandle, target };
}

/**
 * A small valid mission: a start, a dialog whose `bribe` choice needs `credits >= 10`, a set node, and two
 * endings. Every diagnostic test starts from this and breaks one thing.
 */
export function smallMission(): Mission {
  return {
    format: 'mission-studio/2',
    meta: { id: 'small', title: 'Small', summary: 'A tiny test mission.', factions: ['federation'] },
    variables: [
      { id: 'credits', type: 'number', initial: 5 },
      { id: 'trusted', type: 'bool', initial: false },
    ],
    cast: [{ id: 'quark', name: 'Quark', species: 'Ferengi' }],
    locations: [{ id: 'bar', name: "Quark's Bar", kind: 'ground' }],
    units: [],
    nodes: [
      node('act', 'group', { width: 800, height: 400 }),
      node('start', 'start', { faction: 'federation', text: 'You step onto the Promenade.' }, { parentId: 'act' }),
      node(
        'talk',
        'dialog',
        {
          speaker: 'quark',
          lines: ['What will it be?'],
          location: 'bar',
          choices: [
            { id: 'ask', text: 'Just information.', effects: ['credits -= 1'] },
            { id: 'bribe', text: 'Here is a bar of latinum.', condition: 'credits >= 10' },
          ],
        },
        { parentId: 'act' },
      ),
      node('trust', 'set', { effects: ['trusted = true'] }),
      node('check', 'branch', { cases: [{ id: 'ok', condition: 'trusted' }] }),
      node('win', 'end', { outcome: 'success', text: 'Quark talks.' }),
      node('lose', 'end', { outcome: 'failure', text: 'Quark shrugs.' }),
    ],
    edges: [
      edge('start', 'next', 'talk'),
      edge('talk', 'ask', 'check'),
      edge('talk', 'bribe', 'trust'),
      edge('trust', 'next', 'check'),
      edge('check', 'ok', 'win'),
      edge('check', 'else', 'lose'),
    ],
  };
}

/** A deep copy to mutate freely in a test. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
