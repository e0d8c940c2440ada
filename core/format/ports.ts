import type { MissionNode } from './mission.types';

/** One output port of a node: the edge's `sourceHandle`, what to call it, and where it is defined. */
export interface Port {
  id: string;
  label: string;
  /** JSON pointer, relative to the node, of what defines the port ('' for the node itself). */
  subPath: string;
}

/** The output ports of a node, in the order the editor draws them. `end` and `group` have none. */
export function outputPorts(node: MissionNode): Port[] {
  switch (node.type) {
    case 'start':
    case 'narration':
    case 'set':
      return [{ id: 'next', label: 'next', subPath: '' }];
    case 'objective':
      return [{ id: 'done', label: 'done', subPath: '' }];
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
    case 'combat':
      return [
        { id: 'victory', label: 'victory', subPath: '' },
        { id: 'defeat', label: 'defeat', subPath: '' },
      ];
    case 'end':
    case 'group':
      return [];
  }
}

/** Whether a node takes part in the flow (groups are only frames). */
export function isFlowNode(node: MissionNode): boolean {
  return node.type !== 'group';
}
