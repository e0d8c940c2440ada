// Large, valid, realistic missions for benchmarks and scale tests: repeating "scenes" of a dialog with gated
// choices, narration, a branch, a set, an objective; a hub every 10th scene and a fight every 15th.
import type { Mission, MissionEdge, MissionNode } from '../format/mission.types';

/** Options for `generateMission`. */
export interface GenerateOptions {
  /** Roughly this many nodes (the last scene may add a few). */
  nodes: number;
  /** Number of boolean flags (at least 1). */
  flags?: number;
}

/** A valid mission of about `nodes` nodes that validates with no diagnostics. */
export function generateMission({ nodes: target, flags = 8 }: GenerateOptions): Mission {
  const nodes: MissionNode[] = [];
  const edges: MissionEdge[] = [];
  const add = (n: Omit<MissionNode, 'title' | 'position'> & { title?: string }, col: number, row: number): string => {
    nodes.push({ title: n.id, position: { x: col * 300, y: row * 150 }, ...n } as MissionNode);
    return n.id;
  };
  const link = (source: string, port: string, targetId: string): void => {
    edges.push({ id: `e${edges.length}`, source, sourceHandle: port, target: targetId });
  };
  const flag = (i: number): string => `flag${i % flags}`;
  add({ id: 'start', type: 'start', data: { faction: 'any', text: 'The generated mission begins.' } }, 0, 0);
  add({ id: 'lost', type: 'end', data: { outcome: 'failure', text: 'The away team falls.' } }, 0, 2);
  let previous = { id: 'start', port: 'next' };
  for (let s = 0, col = 1; nodes.length < target - 2; s++, col += 6) {
    const p = `s${s}`;
    const dialog = add(
      {
        id: `${p}-talk`,
        type: 'dialog',
        data: {
          speaker: 'host',
          lines: [`Scene ${s}: the host asks for your help.`],
          choices: [
            { id: 'agree', text: 'I will help.', effects: [`${flag(s)} = true`, 'coalition += 1'] },
            { id: 'bargain', text: 'What is in it for me?', condition: `coalition >= ${s % 4}`, effects: ['coalition -= 1'] },
            { id: 'refuse', text: 'Not today.', condition: `!${flag(s + 1)} || coalition > ${10 + s}` },
          ],
        },
      },
      col,
      0,
    );
    link(previous.id, previous.port, dialog);
    const narration = add({ id: `${p}-say`, type: 'narration', data: { speaker: 'host', lines: ['So be it.'] } }, col + 1, 0);
    for (const choice of ['agree', 'bargain', 'refuse']) link(dialog, choice, narration);
    const branch = add(
      { id: `${p}-check`, type: 'branch', data: { cases: [{ id: 'ally', condition: `${flag(s)} && coalition > 2` }] } },
      col + 2,
      0,
    );
    link(narration, 'next', branch);
    const set = add({ id: `${p}-reward`, type: 'set', data: { effects: ['coalition += 2', `${flag(s + 2)} = false`] } }, col + 3, 1);
    const objective = add(
      { id: `${p}-go`, type: 'objective', data: { kind: 'goto', text: 'Reach the next deck.', location: 'deck' } },
      col + 4,
      0,
    );
    link(branch, 'ally', set);
    link(branch, 'else', objective);
    link(set, 'next', objective);
    previous = { id: objective, port: 'done' };
    if (s % 10 === 9) {
      const hub = add(
        {
          id: `${p}-hub`,
          type: 'hub',
          data: {
            options: [
              { id: 'bar', label: 'Visit the bar', once: true },
              { id: 'shop', label: 'Browse the shop', condition: 'coalition > 0', once: true },
            ],
            continue: { label: 'Move on' },
          },
        },
        col + 5,
        0,
      );
      link(previous.id, previous.port, hub);
      for (const option of ['bar', 'shop']) {
        const visit = add(
          { id: `${p}-${option}`, type: 'narration', data: { lines: [`You visit the ${option}.`] } },
          col + 5,
          option === 'bar' ? 1 : 2,
        );
        link(hub, option, visit);
        link(visit, 'next', hub);
      }
      previous = { id: hub, port: 'continue' };
    } else if (s % 15 === 14) {
      const fight = add(
        {
          id: `${p}-fight`,
          type: 'combat',
          data: {
            mode: 'ground',
            allies: [{ unit: 'squad', count: 3 }],
            enemies: [{ unit: 'raider', count: 4 }],
            goal: { type: 'defeat-all' },
            roundLimit: 12,
          },
        },
        col + 5,
        0,
      );
      link(previous.id, previous.port, fight);
      link(fight, 'defeat', 'lost');
      previous = { id: fight, port: 'victory' };
    }
  }
  add({ id: 'won', type: 'end', data: { outcome: 'success', text: 'The generated mission is won.' } }, nodes.length, 0);
  link(previous.id, previous.port, 'won');
  return {
    format: 'mission-studio/2',
    meta: {
      id: `generated-${target}`,
      title: `Generated (${target} nodes)`,
      summary: 'A generated mission for benchmarks.',
      factions: ['federation'],
    },
    variables: [
      { id: 'coalition', type: 'number', initial: 0 },
      ...Array.from({ length: flags }, (_, i) => ({ id: `flag${i}`, type: 'bool' as const, initial: false })),
    ],
    cast: [{ id: 'host', name: 'The Host' }],
    locations: [{ id: 'deck', name: 'Deck', kind: 'ground' }],
    units: [
      { id: 'squad', name: 'Squad', kind: 'ground', hull: 40, damage: 8, accuracy: 0.7, evasion: 0.2 },
      { id: 'raider', name: 'Raider', kind: 'ground', hull: 25, damage: 5, accuracy: 0.6 },
    ],
    nodes,
    edges,
  };
}
