import type { MissionNode } from './mission.types';

/** One output port of a node: the edge's `sourceHandle`, what to call it, and where it is defined. */
export interface Port {
  id: string;
  label: string;
  /** JSON pointer, relative to the node, of what defines the port ('' for the node itself). */
  subPath: string;
}

const NEXT = ['next'];
const DONE = ['done'];
const COMBAT = ['victory', 'defeat'];
const NONE: string[] = [];

/** The ids of a node's output ports, in drawing order. Cheap: the validator calls it for every node. */
export function portIds(node: MissionNode): readonly string[] {
  switch (node.type) {
    case 'start':
    case 'narration':
    case 'set':
      return NEXT;
    case 'objective':
      return DONE;
    case 'combat':
      return COMBAT;
    case 'dialog':
      return node.data.choices.map((c) => c.id);
    case 'hub': {
      const ids = node.data.options.map((o) => o.id);
      ids.push('continue');
      return ids;
    }
    case 'branch': {
      const ids = node.data.cases.map((c) => c.id);
      ids.push('else');
      return ids;
    }
    case 'end':
    case 'group':
      return NONE;
  }
}

/** The output ports of a node with their labels and definitions, in the order the editor draws them. */
export function outputPorts(node: MissionNode): Port[] {
  switch (node.type) {
    case 'dialog':
      return node.data.choices.map((c, i) => ({ id: c.id, label: c.text, subPath: `/data/choices/${i}` }));
    case 'hub':
      return [
        ...node.data.options.map((o, i) => ({ id: o.id, label: o.label, subPath: `/data/options/${i}` })),
        { id: 'continue', label: node.data.continue.label, subPath: '/data/continue' },
      ];
    case 'branch':
      return [
        ...node.data.cases.map((c, i) => ({ id: c.id, label: c.condition, subPath: `/data/cases/${i}` })),
        { id: 'else', label: 'else', subPath: '' },
      ];
    default:
      return portIds(node).map((id) => ({ id, label: id, subPath: '' }));
  }
}

/** Whether a node takes part in the flow (groups are only frames). */
export function isFlowNode(node: MissionNode): boolean {
  return node.type !== 'group';
}
