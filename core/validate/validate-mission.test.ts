import { describe, expect, it } from 'vitest';
import type { Mission } from '../format/mission.types';
import { clone, edge, node, smallMission } from '../test-support/mission-builder';
import type { Diagnostic } from './diagnostic.types';
import { validateMission } from './validate-mission';

function broken(change: (m: Mission) => void): Diagnostic[] {
  const m = clone(smallMission());
  change(m);
  return validateMission(m);
}

const only = (code: string, ds: Diagnostic[]): Diagnostic[] => ds.filter((d) => d.code === code);
const dialog = (m: Mission) => m.nodes[2] as Extract<Mission['nodes'][number], { type: 'dialog' }>;

describe('validateMission', () => {
  it('finds nothing wrong with a valid mission', () => {
    expect(validateMission(smallMission())).toEqual([]);
  });

  it('reports schema problems and runs no other check when the shape is wrong', () => {
    expect(validateMission({ format: 'mission-studio/2' })).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'schema', message: "top level: missing required property 'meta'" })]),
    );
  });

  it('still runs the other checks on the rest of the mission when the schema fails only inside a node', () => {
    const ds = broken((m) => {
      (m.nodes[3]!.data as { effects: unknown }).effects = 'not a list';
      dialog(m).data.choices[1]!.condition = 'latinum >= 10';
    });
    expect(only('schema', ds)).toEqual([expect.objectContaining({ nodeId: 'trust', path: '/nodes/3/data/effects' })]);
    expect(only('undefined-variable', ds)).toEqual([
      expect.objectContaining({ nodeId: 'talk', path: '/nodes/2/data/choices/1/condition' }),
    ]);
  });

  it('points the other checks at the original places of nodes and edges after a broken node', () => {
    const ds = broken((m) => {
      (m.nodes[0]!.data as { width: unknown }).width = 'wide';
      m.edges.push({ ...edge('check', 'ok', 'lose'), id: 'check.ok.again' });
      (m.nodes[6]!.data as { text: string }).text = '';
    });
    expect(only('empty-text', ds)).toEqual([expect.objectContaining({ nodeId: 'lose', path: '/nodes/6/data/text' })]);
    expect(only('ambiguous-port', ds)).toEqual([expect.objectContaining({ path: expect.stringMatching(/^\/edges\/(4|6)(\/|$)/) })]);
  });

  it('does not report what leaving a broken node out would make up', () => {
    const ds = broken((m) => {
      (m.nodes[3]!.data as { effects: unknown }).effects = 'not a list';
      (m.nodes[0]!.data as { width: unknown }).width = 'wide';
    });
    // Without `trust` the bribe port leads nowhere and `trusted` is never set; without the group `act` its
    // children have no parent. None of that is true of the file.
    expect(ds.filter((d) => d.code !== 'schema')).toEqual([]);
    expect(only('schema', ds).map((d) => d.nodeId)).toEqual(['act', 'trust']);
  });

  it('runs no other check when a schema problem lies outside the nodes', () => {
    const ds = broken((m) => {
      (m.nodes[3]!.data as { effects: unknown }).effects = 'not a list';
      (m.meta as { title: unknown }).title = 7;
      dialog(m).data.choices[1]!.condition = 'latinum >= 10';
    });
    expect(ds.every((d) => d.code === 'schema')).toBe(true);
  });

  it('reports a duplicate node id at the second node', () => {
    const ds = broken((m) => m.nodes.push(node('win', 'end', { outcome: 'success', text: 'again' })));
    expect(only('duplicate-id', ds)).toEqual([expect.objectContaining({ nodeId: 'win', path: '/nodes/7/id' })]);
  });

  it('reports a variable named like the built-in faction as a duplicate id', () => {
    const ds = broken((m) => m.variables.push({ id: 'faction', type: 'string', initial: '' }));
    expect(only('duplicate-id', ds)).toEqual([expect.objectContaining({ path: '/variables/2/id' })]);
  });

  it('reports a choice id used twice in one dialog', () => {
    const ds = broken((m) => dialog(m).data.choices.push({ id: 'ask', text: 'Again?' }));
    expect(only('duplicate-id', ds)).toEqual([expect.objectContaining({ nodeId: 'talk', path: '/nodes/2/data/choices/2/id' })]);
  });

  it('reports a dangling edge to a missing node', () => {
    const ds = broken((m) => (m.edges[0]!.target = 'nowhere'));
    expect(only('dangling-edge', ds)).toEqual([expect.objectContaining({ edgeId: 'start.next', path: '/edges/0/target' })]);
  });

  it('reports a dangling edge from a port the node does not have', () => {
    const ds = broken((m) => (m.edges[1]!.sourceHandle = 'threaten'));
    expect(only('dangling-edge', ds)).toEqual([expect.objectContaining({ nodeId: 'talk', path: '/edges/1/sourceHandle' })]);
  });

  it('reports a second edge on one port as ambiguous', () => {
    const ds = broken((m) => m.edges.push({ ...edge('start', 'next', 'lose'), id: 'dup' }));
    expect(only('ambiguous-port', ds)).toEqual([expect.objectContaining({ edgeId: 'dup', nodeId: 'start', path: '/edges/6' })]);
  });

  it('reports a missing start for a declared faction', () => {
    const ds = broken((m) => m.meta.factions.push('klingon'));
    expect(only('missing-start', ds)).toEqual([expect.objectContaining({ path: '/meta/factions/1' })]);
  });

  it('accepts an any start for every faction', () => {
    const ds = broken((m) => {
      m.meta.factions.push('klingon');
      (m.nodes[1]!.data as { faction: string }).faction = 'any';
    });
    expect(ds).toEqual([]);
  });

  it('reports multiple starts for one faction', () => {
    const ds = broken((m) => {
      m.nodes.push(node('start2', 'start', { faction: 'federation', text: 'Again.' }));
      m.edges.push(edge('start2', 'next', 'talk'));
    });
    expect(only('multiple-starts', ds)).toEqual([expect.objectContaining({ nodeId: 'start2', path: '/nodes/7' })]);
  });

  it('reports an unreachable node as a warning', () => {
    const ds = broken((m) => {
      m.nodes.push(node('orphan', 'narration', { lines: ['Nobody comes here.'] }));
      m.edges.push(edge('orphan', 'next', 'win'));
    });
    expect(only('unreachable-node', ds)).toEqual([expect.objectContaining({ nodeId: 'orphan', severity: 'warning', path: '/nodes/7' })]);
  });

  it('reports a dead end when a choice has no edge', () => {
    const ds = broken((m) => m.edges.splice(2, 1));
    expect(only('dead-end', ds)).toEqual([expect.objectContaining({ nodeId: 'talk', path: '/nodes/2/data/choices/1' })]);
    expect(only('no-ending', ds)).toEqual([]);
  });

  it('reports no-ending for a loop with no way out', () => {
    const ds = broken((m) => {
      m.edges[4]!.target = 'talk';
      m.edges[5]!.target = 'talk';
    });
    expect(
      only('no-ending', ds)
        .map((d) => d.nodeId)
        .sort(),
    ).toEqual(['check', 'start', 'talk', 'trust']);
  });

  it('reports an undefined variable in a condition', () => {
    const ds = broken((m) => (dialog(m).data.choices[1]!.condition = 'latinum >= 10'));
    expect(only('undefined-variable', ds)).toEqual([
      expect.objectContaining({ nodeId: 'talk', path: '/nodes/2/data/choices/1/condition' }),
    ]);
  });

  it('reports a variable no expression reads as unused', () => {
    const ds = broken((m) => m.variables.push({ id: 'spare', type: 'number', initial: 0 }));
    expect(only('unused-variable', ds)).toEqual([expect.objectContaining({ severity: 'warning', path: '/variables/2' })]);
  });

  it('reports an expression error with its offset inside the string', () => {
    const ds = broken((m) => (dialog(m).data.choices[0]!.effects = ['credits -= ']));
    expect(only('expression-error', ds)).toEqual([
      expect.objectContaining({ path: '/nodes/2/data/choices/0/effects/0', innerOffset: expect.any(Number) }),
    ]);
  });

  it('reports a type mismatch when a number is compared with a boolean', () => {
    const ds = broken((m) => (dialog(m).data.choices[1]!.condition = 'credits == true'));
    expect(only('type-mismatch', ds)).toEqual([expect.objectContaining({ nodeId: 'talk', path: '/nodes/2/data/choices/1/condition' })]);
  });

  it('reports a type mismatch when an initial value does not fit the type', () => {
    const ds = broken((m) => (m.variables[0]!.initial = 'five'));
    expect(only('type-mismatch', ds)).toEqual([expect.objectContaining({ path: '/variables/0/initial' })]);
  });

  it('reports an unknown speaker as an unknown reference', () => {
    const ds = broken((m) => (dialog(m).data.speaker = 'odo'));
    expect(only('unknown-reference', ds)).toEqual([expect.objectContaining({ nodeId: 'talk', path: '/nodes/2/data/speaker' })]);
  });

  it('reports a parent that is not a group as an unknown reference', () => {
    const ds = broken((m) => (m.nodes[2]!.parentId = 'start'));
    expect(only('unknown-reference', ds)).toEqual([expect.objectContaining({ nodeId: 'talk', path: '/nodes/2/parentId' })]);
  });

  it('reports visited() of a node that does not exist as an unknown reference', () => {
    const ds = broken((m) => (dialog(m).data.choices[1]!.condition = 'visited("bar-fight")'));
    expect(only('unknown-reference', ds)).toEqual([expect.objectContaining({ path: '/nodes/2/data/choices/1/condition' })]);
  });

  it('reports empty text as a warning', () => {
    const ds = broken((m) => (dialog(m).data.lines = ['  ']));
    expect(only('empty-text', ds)).toEqual([expect.objectContaining({ severity: 'warning', path: '/nodes/2/data/lines/0' })]);
  });
});
