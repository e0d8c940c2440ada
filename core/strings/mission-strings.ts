/**
 * Every player-visible string of a mission with a stable id: the one naming scheme the runtime export, the
 * voice script and the translation tables share. Ids are built from the ids designers already keep stable
 * (node, choice and option ids), never from positions in the file, except a line's number within its node.
 *
 *   mission.title, mission.summary           cast.<id>.name, unit.<id>.name, location.<id>.name
 *   <node>.text            start, hub, objective and end text
 *   <node>.line.<n>        the n-th line (from 1) of a narration or dialog
 *   <node>.<choice>.text   a dialog choice        <node>.<option>.label   a hub option
 *   <node>.continue.label  a hub's way on
 *
 * Node titles are editor labels and are not player strings.
 */
import type { Mission, MissionNode } from '../format/mission.types';

/** What a string is, which decides how tools treat it (a voice script records the `line`s, narrator included). */
export type MissionStringKind =
  | 'mission-title'
  | 'mission-summary'
  | 'cast-name'
  | 'unit-name'
  | 'location-name'
  | 'start-text'
  | 'line'
  | 'choice'
  | 'hub-text'
  | 'hub-option'
  | 'hub-continue'
  | 'objective'
  | 'end-text';

/** One player-visible string. */
export interface MissionString {
  id: string;
  kind: MissionStringKind;
  text: string;
  /** The node it belongs to (none for mission, cast, unit and location names). */
  nodeId?: string;
  /** Cast id of who says it: a dialog's speaker, or a narration's when it has one. */
  speaker?: string;
  /** Where the player meets it, in words, for translators and voice actors. */
  context: string;
  /** JSON pointer of the text in the mission file. */
  path: string;
}

/** The language mission text is written in until a mission declares its own. */
export const DEFAULT_SOURCE_LANGUAGE = 'en';

/** The languages a mission can be shown in, its source language first (`meta.languages`, else English). */
export function missionLanguages(mission: Pick<Mission, 'meta'>): string[] {
  const declared = mission.meta.languages;
  return declared && declared.length > 0 ? [...declared] : [DEFAULT_SOURCE_LANGUAGE];
}

/** The id of the n-th line (from 0 here, from 1 in the id) of a narration or dialog. */
export const lineStringId = (nodeId: string, index: number): string => `${nodeId}.line.${index + 1}`;
/** The id of a dialog choice's text. */
export const choiceStringId = (nodeId: string, choiceId: string): string => `${nodeId}.${choiceId}.text`;
/** The id of a hub option's label. */
export const optionStringId = (nodeId: string, optionId: string): string => `${nodeId}.${optionId}.label`;
/** The id of a hub's continue label. */
export const continueStringId = (nodeId: string): string => `${nodeId}.continue.label`;
/** The id of a start, hub, objective or end node's own text. */
export const nodeTextStringId = (nodeId: string): string => `${nodeId}.text`;
/** The id of a cast member's, unit's or location's name. */
export const nameStringId = (table: 'cast' | 'unit' | 'location', id: string): string => `${table}.${id}.name`;

function nodeStrings(node: MissionNode, index: number, castName: (id: string | undefined) => string): MissionString[] {
  const base = `/nodes/${index}/data`;
  const at = `"${node.title}" (${node.id})`;
  const id = node.id;
  switch (node.type) {
    case 'start':
      return [
        {
          id: nodeTextStringId(id),
          kind: 'start-text',
          text: node.data.text,
          nodeId: id,
          context: `opening text for ${node.data.faction === 'any' ? 'every faction' : node.data.faction} at ${at}`,
          path: `${base}/text`,
        },
      ];
    case 'narration':
    case 'dialog': {
      const speaker = node.data.speaker;
      const who = speaker ? castName(speaker) : 'the narrator';
      const lines = node.data.lines.map((text, i): MissionString => ({
        id: lineStringId(id, i),
        kind: 'line',
        text,
        nodeId: id,
        ...(speaker ? { speaker } : {}),
        context: `line ${i + 1} of ${node.data.lines.length}, ${who}, at ${at}`,
        path: `${base}/lines/${i}`,
      }));
      if (node.type === 'narration') return lines;
      return [
        ...lines,
        ...node.data.choices.map((c, i): MissionString => ({
          id: choiceStringId(id, c.id),
          kind: 'choice',
          text: c.text,
          nodeId: id,
          context: `player's reply ${i + 1} to ${who} at ${at}`,
          path: `${base}/choices/${i}/text`,
        })),
      ];
    }
    case 'hub':
      return [
        ...(node.data.text !== undefined
          ? [
              {
                id: nodeTextStringId(id),
                kind: 'hub-text' as const,
                text: node.data.text,
                nodeId: id,
                context: `description of the place at ${at}`,
                path: `${base}/text`,
              },
            ]
          : []),
        ...node.data.options.map((o, i): MissionString => ({
          id: optionStringId(id, o.id),
          kind: 'hub-option',
          text: o.label,
          nodeId: id,
          context: `option ${i + 1} at ${at}${o.once ? ' (can be taken once)' : ''}`,
          path: `${base}/options/${i}/label`,
        })),
        {
          id: continueStringId(id),
          kind: 'hub-continue',
          text: node.data.continue.label,
          nodeId: id,
          context: `the way on from ${at}`,
          path: `${base}/continue/label`,
        },
      ];
    case 'objective':
      return [
        {
          id: nodeTextStringId(id),
          kind: 'objective',
          text: node.data.text,
          nodeId: id,
          context: `${node.data.optional ? 'optional ' : ''}objective (${node.data.kind}) shown in the tracker at ${at}`,
          path: `${base}/text`,
        },
      ];
    case 'end':
      return [
        {
          id: nodeTextStringId(id),
          kind: 'end-text',
          text: node.data.text,
          nodeId: id,
          context: `${node.data.outcome} ending at ${at}`,
          path: `${base}/text`,
        },
      ];
    case 'branch':
    case 'set':
    case 'combat':
    case 'group':
      return [];
  }
}

/**
 * Every player-visible string of the mission with its stable id, in file order: mission, cast, units,
 * locations, then the nodes. Ids can collide only when node ids contain dots (`a.b` + `.text` against node `a`,
 * choice `b`); `findStringIdCollisions` names such pairs.
 */
export function missionStrings(mission: Mission): MissionString[] {
  const names = new Map(mission.cast.map((c) => [c.id, c.name]));
  const castName = (id: string | undefined): string => (id === undefined ? 'the narrator' : (names.get(id) ?? id));
  return [
    { id: 'mission.title', kind: 'mission-title', text: mission.meta.title, context: 'the mission title', path: '/meta/title' },
    {
      id: 'mission.summary',
      kind: 'mission-summary',
      text: mission.meta.summary,
      context: 'the mission summary, shown before it starts',
      path: '/meta/summary',
    },
    ...mission.cast.map((c, i): MissionString => ({
      id: nameStringId('cast', c.id),
      kind: 'cast-name',
      text: c.name,
      context: `name of a character${c.role ? ` (${c.role})` : ''}`,
      path: `/cast/${i}/name`,
    })),
    ...mission.units.map((u, i): MissionString => ({
      id: nameStringId('unit', u.id),
      kind: 'unit-name',
      text: u.name,
      context: `name of a ${u.kind} unit in fights`,
      path: `/units/${i}/name`,
    })),
    ...mission.locations.map((l, i): MissionString => ({
      id: nameStringId('location', l.id),
      kind: 'location-name',
      text: l.name,
      context: `name of a ${l.kind} location`,
      path: `/locations/${i}/name`,
    })),
    ...mission.nodes.flatMap((node, i) => nodeStrings(node, i, castName)),
  ];
}

/** Ids that two strings share (possible only with dotted node ids), each with the paths of both. */
export function findStringIdCollisions(strings: readonly MissionString[]): Array<{ id: string; paths: [string, string] }> {
  const seen = new Map<string, string>();
  const collisions: Array<{ id: string; paths: [string, string] }> = [];
  for (const s of strings) {
    const first = seen.get(s.id);
    if (first === undefined) seen.set(s.id, s.path);
    else collisions.push({ id: s.id, paths: [first, s.path] });
  }
  return collisions;
}
