// Random edits a person could make, for the co-editing tests and bench: an intent (what to do, with picks as
// numbers) is turned into a core/edit `Edit` against whatever mission the replica holds at that moment, so the
// same intent stays meaningful after other people's edits arrived.
import fc from 'fast-check';
import type { Edit } from '../edit/edit.types';
import { freshNodeId, nodeTemplate } from '../edit/node-templates';
import { textFields } from '../edit/find';
import type { Mission, MissionNode } from '../format/mission.types';

/** What to do, with every choice a number the mission at hand resolves (`pick % count`). */
export type EditIntent =
  | { op: 'type'; node: number; field: number; at: number; text: string }
  | { op: 'erase'; node: number; field: number; at: number; count: number }
  | { op: 'add-line'; node: number; text: string }
  | { op: 'drop-line'; node: number; line: number }
  | { op: 'add-node'; kind: number; x: number; y: number }
  | { op: 'delete-node'; node: number }
  | { op: 'connect'; from: number; to: number }
  | { op: 'move'; node: number; x: number; y: number }
  | { op: 'rename-node'; node: number; suffix: string }
  | { op: 'variable'; initial: number };

const KINDS = ['narration', 'dialog', 'end', 'hub', 'set'] as const;

/** An arbitrary intent. */
export function editIntent(): fc.Arbitrary<EditIntent> {
  const pick = fc.nat(50);
  const text = fc.string({ maxLength: 6 });
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('type' as const), node: pick, field: pick, at: pick, text }) },
    fc.record({ op: fc.constant('erase' as const), node: pick, field: pick, at: pick, count: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ op: fc.constant('add-line' as const), node: pick, text }),
    fc.record({ op: fc.constant('drop-line' as const), node: pick, line: pick }),
    fc.record({
      op: fc.constant('add-node' as const),
      kind: pick,
      x: fc.integer({ min: -500, max: 500 }),
      y: fc.integer({ min: -500, max: 500 }),
    }),
    fc.record({ op: fc.constant('delete-node' as const), node: pick }),
    fc.record({ op: fc.constant('connect' as const), from: pick, to: pick }),
    fc.record({
      op: fc.constant('move' as const),
      node: pick,
      x: fc.integer({ min: -500, max: 500 }),
      y: fc.integer({ min: -500, max: 500 }),
    }),
    fc.record({ op: fc.constant('rename-node' as const), node: pick, suffix: fc.constantFrom('a', 'b', 'c') }),
    fc.record({ op: fc.constant('variable' as const), initial: fc.integer({ min: 0, max: 9 }) }),
  );
}

const at = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

function textEdit(node: MissionNode, field: number, change: (text: string) => string): Edit | null {
  const f = at(textFields(node), field);
  return f ? { kind: 'replace-text', changes: [{ nodeId: node.id, path: f.path, text: change(f.text) }] } : null;
}

function withLines(node: MissionNode | undefined, change: (lines: string[]) => string[]): Edit | null {
  if (!node || (node.type !== 'dialog' && node.type !== 'narration')) return null;
  return { kind: 'update-node', id: node.id, data: { ...node.data, lines: change(node.data.lines) } as MissionNode['data'] };
}

/** The edit an intent means in `mission`, or null when it means nothing there (no such node). */
export function editFor(mission: Mission, intent: EditIntent, replica: string): Edit | null {
  const nodes = mission.nodes;
  switch (intent.op) {
    case 'type':
    case 'erase': {
      const node = at(nodes, intent.node);
      if (!node) return null;
      return textEdit(node, intent.field, (t) => {
        const i = intent.at % (t.length + 1);
        return intent.op === 'type' ? t.slice(0, i) + intent.text + t.slice(i) : t.slice(0, i) + t.slice(i + intent.count);
      });
    }
    case 'add-line':
      return withLines(at(nodes, intent.node), (lines) => [...lines, intent.text]);
    case 'drop-line':
      return withLines(at(nodes, intent.node), (lines) =>
        lines.length > 1 ? lines.filter((_, i) => i !== intent.line % lines.length) : lines,
      );
    case 'add-node': {
      const kind = at(KINDS, intent.kind) ?? 'narration';
      const id = freshNodeId(`${kind}-${replica}`, new Set(nodes.map((n) => n.id)));
      return { kind: 'add-nodes', nodes: [nodeTemplate(kind, id, { x: intent.x, y: intent.y })] };
    }
    case 'delete-node': {
      const node = at(nodes, intent.node);
      return node ? { kind: 'delete', nodeIds: [node.id], edgeIds: [] } : null;
    }
    case 'connect': {
      const from = at(nodes, intent.from);
      const to = at(nodes, intent.to);
      if (!from || !to) return null;
      return { kind: 'connect', edge: { id: `${from.id}.next.${replica}`, source: from.id, sourceHandle: 'next', target: to.id } };
    }
    case 'move': {
      const node = at(nodes, intent.node);
      return node ? { kind: 'move-nodes', moves: [{ id: node.id, position: { x: intent.x, y: intent.y } }] } : null;
    }
    case 'rename-node': {
      const node = at(nodes, intent.node);
      return node ? { kind: 'rename-node', from: node.id, to: `${node.id}-${replica}${intent.suffix}` } : null;
    }
    case 'variable':
      return {
        kind: 'set-variables',
        items: [...mission.variables.filter((v) => v.id !== 'shared'), { id: 'shared', type: 'number', initial: intent.initial }],
      };
  }
}
