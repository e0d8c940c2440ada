import { describe, expect, it } from 'vitest';
import { exploreMission } from '@mission-studio/core/engine';
import { buildMission, n } from '@mission-studio/core/engine';
import { currentState } from './run-session';
import { sessionFromWitness } from './replay-way';

/** Waiting at the gate leads to a hall whose only option needs a key nobody has: a soft-lock. */
function stuckMission() {
  return buildMission({
    nodes: [
      n.start('start'),
      n.dialog('gate', [
        { id: 'wait', text: 'Wait.' },
        { id: 'leave', text: 'Leave.' },
      ]),
      n.hub('hall', [{ id: 'open', label: 'Open', condition: 'key' }], { condition: 'key' }),
      n.end('out'),
    ],
    edges: [
      ['start', 'next', 'gate'],
      ['gate', 'wait', 'hall'],
      ['gate', 'leave', 'out'],
      ['hall', 'open', 'out'],
      ['hall', 'continue', 'out'],
    ],
    variables: [{ id: 'key', type: 'bool', initial: false }],
    factions: ['federation'],
  });
}

describe('sessionFromWitness', () => {
  it("replays a soft-lock's witness into a run that stands where the explorer says it gets stuck", () => {
    const mission = stuckMission();
    const lock = exploreMission(mission).softLocks[0];
    if (!lock) throw new Error('the fixture has a soft-lock');
    const made = sessionFromWitness(mission, lock.witness, 3, lock.nodeId);
    if ('error' in made) throw new Error(made.error);
    expect(made.session.actions).toHaveLength(lock.witness.inputs.length);
    expect(currentState(made.session).nodeId).toBe('hall');
    expect(made.session.options).toMatchObject({ faction: 'federation', seed: 3 });
  });

  it('says which step no longer applies, or where the way now ends, when the mission changed since the check', () => {
    const mission = stuckMission();
    const lock = exploreMission(mission).softLocks[0];
    if (!lock) throw new Error('the fixture has a soft-lock');
    const noWait = {
      ...mission,
      nodes: mission.nodes.map((node) =>
        node.type === 'dialog' ? { ...node, data: { ...node.data, choices: node.data.choices.filter((c) => c.id !== 'wait') } } : node,
      ),
    };
    const refused = sessionFromWitness(noWait, lock.witness, 1, lock.nodeId);
    expect('error' in refused ? refused.error : '').toMatch(/^step 1 of the way no longer applies/);
    const elsewhere = { ...mission, edges: mission.edges.map((e) => (e.sourceHandle === 'wait' ? { ...e, target: 'out' } : e)) };
    const moved = sessionFromWitness(elsewhere, lock.witness, 1, lock.nodeId);
    expect('error' in moved ? moved.error : '').toBe('the way now ends at "out"');
  });
});
