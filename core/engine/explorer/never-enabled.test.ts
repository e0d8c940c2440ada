import { describe, expect, it } from 'vitest';
import { buildMission, n, type EdgeSpec } from '../test-fixtures';
import { exploreDiagnostics } from './explore-diagnostics';
import { exploreMission } from './explore-mission';

/** A counter that a hub raises up to 3, and a door that wants 5: never open, and the message says why. */
function doorMission() {
  const edges: EdgeSpec[] = [
    ['start', 'next', 'hall'],
    ['hall', 'push', 'add'],
    ['add', 'next', 'hall'],
    ['hall', 'door', 'won'],
    ['hall', 'continue', 'lost'],
  ];
  return buildMission({
    nodes: [
      n.start('start'),
      n.hub('hall', [
        { id: 'push', label: 'Push', condition: 'strength < 3' },
        { id: 'door', label: 'Force the door', condition: 'strength >= 5 && !tired' },
      ]),
      n.set('add', ['strength += 1']),
      n.end('won'),
      n.end('lost', 'failure'),
    ],
    edges,
    variables: [
      { id: 'strength', type: 'number', initial: 0 },
      { id: 'tired', type: 'bool', initial: false },
    ],
    factions: ['federation'],
  });
}

describe('findNeverEnabledChoices', () => {
  it('records the condition and the values each variable it reads took where it was asked', () => {
    const report = exploreMission(doorMission());
    expect(report.neverEnabledChoices).toHaveLength(1);
    const door = report.neverEnabledChoices[0];
    expect(door?.condition).toBe('strength >= 5 && !tired');
    expect(door?.observed).toEqual([
      { variable: 'strength', values: [0, 1, 2, 3], distinct: 4, min: 0, max: 3 },
      { variable: 'tired', values: [false], distinct: 1 },
    ]);
  });

  it('says why in the diagnostic', () => {
    const mission = doorMission();
    const message = exploreDiagnostics(mission, exploreMission(mission)).find((d) => d.code === 'never-enabled-choice')?.message;
    expect(message).toBe(
      'Option "door" of "hall" is never available: its condition "strength >= 5 && !tired" is false whenever the node is reached (there, strength is 0 to 3; tired is false)',
    );
  });
});

describe("an unreachable ending's diagnostic", () => {
  it('names the closed ways in: the choices into it never on offer', () => {
    const mission = doorMission();
    const message = exploreDiagnostics(mission, exploreMission(mission)).find((d) => d.code === 'unreachable-ending')?.message;
    expect(message).toBe('No play-through reaches the ending "won": "door" of "hall" is never available');
  });

  it('names the nodes before it that are never reached', () => {
    // The door now leads through a corridor first: the ending's way in is the corridor, never reached.
    const base = doorMission();
    const mission = {
      ...base,
      nodes: [...base.nodes, n.narration('corridor')],
      edges: base.edges
        .map((e) => (e.sourceHandle === 'door' ? { ...e, target: 'corridor' } : e))
        .concat({ id: 'c1', source: 'corridor', sourceHandle: 'next', target: 'won' }),
    };
    const diagnostics = exploreDiagnostics(mission, exploreMission(mission));
    expect(diagnostics.find((d) => d.code === 'unreachable-ending')?.message).toBe(
      'No play-through reaches the ending "won": "corridor" is never reached',
    );
    // And the corridor's own finding names its closed way in.
    expect(diagnostics.find((d) => d.code === 'never-reached-node')?.message).toBe(
      'Edges lead to "corridor" but no play-through gets there: "door" of "hall" is never available',
    );
  });
});
