import type { MissionNode, NodeType, Position } from '../format/mission.types';

/**
 * Starting content for a node added from the palette: enough to be valid once connected. Port ids follow the
 * inspector's numbering (Choice 1 is `choice-1`), and so does every one added after (port-items.ts).
 */
export function nodeTemplate(type: NodeType, id: string, position: Position): MissionNode {
  const base = { id, title: TITLES[type], position };
  switch (type) {
    case 'start':
      return { ...base, type, data: { faction: 'any', text: 'The mission begins.' } };
    case 'narration':
      return { ...base, type, data: { lines: ['Something happens.'] } };
    case 'dialog':
      return { ...base, type, data: { speaker: '', lines: ['What do you say?'], choices: [{ id: 'choice-1', text: 'Reply.' }] } };
    case 'objective':
      return { ...base, type, data: { kind: 'goto', text: 'Go somewhere.' } };
    case 'hub':
      return { ...base, type, data: { options: [{ id: 'option-1', label: 'Visit someone', once: true }], continue: { label: 'Move on' } } };
    case 'branch':
      return { ...base, type, data: { cases: [{ id: 'case-1', condition: 'true' }] } };
    case 'set':
      return { ...base, type, data: { effects: [] } };
    case 'combat':
      return {
        ...base,
        type,
        data: { mode: 'ground', allies: [], enemies: [], goal: { type: 'defeat-all' }, roundLimit: 10 },
      } as MissionNode;
    case 'end':
      return { ...base, type, data: { outcome: 'success', text: 'The mission ends.' } };
    case 'group':
      return { ...base, type, data: { width: 640, height: 360 } };
  }
}

const TITLES: Record<NodeType, string> = {
  start: 'Start',
  narration: 'Narration',
  dialog: 'Dialog',
  objective: 'Objective',
  hub: 'Hub',
  branch: 'Branch',
  set: 'Set Variables',
  combat: 'Combat',
  end: 'Ending',
  group: 'Act',
};

/** An id like `dialog-3` that no node has yet. */
export function freshNodeId(base: string, taken: ReadonlySet<string>): string {
  const stem = base.replace(/-\d+$/, '');
  for (let i = 1; ; i++) {
    const id = `${stem}-${i}`;
    if (!taken.has(id)) return id;
  }
}
