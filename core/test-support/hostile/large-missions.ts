// The hostile fixtures too big to check in: generated here and written to a temp folder by the corpus test
// (cli/hostile-corpus.test.ts), which runs each CLI check on them under a time and memory budget (docs/security.md).
import type { Mission, MissionEdge, MissionNode } from '../../format/mission.types';

/** A fixture mission: its meta, no declarations but `units`, and the given flow. */
const fixture = (id: string, title: string, nodes: MissionNode[], edges: MissionEdge[], units: Mission['units'] = []): Mission => ({
  format: 'mission-studio/2',
  meta: { id, title, summary: 'A hostile fixture: a regression input for the bounds of issue 14.', factions: ['federation'] },
  variables: [],
  cast: [],
  locations: [],
  units,
  nodes,
  edges,
});
const node = (id: string, type: MissionNode['type'], data: unknown): MissionNode =>
  ({ id, type, title: id, position: { x: 0, y: 0 }, data }) as MissionNode;
const edge = (source: string, sourceHandle: string, target: string): MissionEdge => ({
  id: `${source}.${sourceHandle}`,
  source,
  sourceHandle,
  target,
});

/** One fight with `groups` enemy groups of `count` units each: the file asks for groups x count combatants. */
function hugeCombatMission(groups: number, count: number): Mission {
  const units: Mission['units'] = [
    { id: 'cutter', name: 'Cutter', kind: 'space', hull: 100, damage: 10, accuracy: 0.7 },
    { id: 'raider', name: 'Raider', kind: 'space', hull: 50, damage: 5, accuracy: 0.5 },
  ];
  const nodes = [
    node('start', 'start', { faction: 'any', text: 'Sensors fill with contacts.' }),
    node('fight', 'combat', {
      mode: 'space',
      allies: [{ unit: 'cutter', count: 1 }],
      enemies: Array.from({ length: groups }, () => ({ unit: 'raider', count })),
      goal: { type: 'defeat-all' },
      roundLimit: 1000,
    }),
    node('won', 'end', { outcome: 'success', text: 'The raiders scatter.' }),
    node('lost', 'end', { outcome: 'failure', text: 'The cutter is lost.' }),
  ];
  const edges = [edge('start', 'next', 'fight'), edge('fight', 'victory', 'won'), edge('fight', 'defeat', 'lost')];
  return fixture('huge-combat', 'Huge combat', nodes, edges, units);
}

/**
 * The largest fight the schema allows, made as slow as it can be: 8 x 10 allies against 8 x 10 enemies that
 * cannot hurt each other much, who must hold out the full 100 rounds.
 */
function largestAllowedCombatMission(): Mission {
  const mission = hugeCombatMission(8, 10);
  const fight = mission.nodes[1] as Extract<MissionNode, { type: 'combat' }>;
  fight.data = {
    ...fight.data,
    allies: Array.from({ length: 8 }, () => ({ unit: 'cutter', count: 10 })),
    goal: { type: 'survive', rounds: 100 },
    roundLimit: 100,
  };
  mission.units = mission.units.map((u) => ({ ...u, hull: 1e12 }));
  return mission;
}

/** A straight line of `length` narration nodes from the start to the one ending: long, but no loop. */
export function longChainMission(length: number): Mission {
  const nodes = [node('start', 'start', { faction: 'any', text: 'A long corridor.' })];
  const edges: MissionEdge[] = [];
  let previous = 'start';
  for (let i = 0; i < length; i++) {
    const id = `step-${i}`;
    nodes.push(node(id, 'narration', { lines: [`Door ${i + 1}.`] }));
    edges.push(edge(previous, 'next', id));
    previous = id;
  }
  nodes.push(node('exit', 'end', { outcome: 'success', text: 'The corridor ends.' }));
  edges.push(edge(previous, 'next', 'exit'));
  return fixture('long-chain', 'Long chain', nodes, edges);
}

/**
 * A hub with `options` one-time side quests, each a narration and back: 2^options sets of used options, and
 * far more orders of taking them, for a search that enumerates them.
 */
function onceHubMission(options: number): Mission {
  const nodes = [
    node('start', 'start', { faction: 'any', text: 'The Promenade is busy.' }),
    node('hub', 'hub', {
      text: 'Where to?',
      options: Array.from({ length: options }, (_, i) => ({ id: `visit-${i}`, label: `Visit shop ${i + 1}`, once: true })),
      continue: { label: 'Leave' },
    }),
    node('leave', 'end', { outcome: 'success', text: 'You leave the Promenade.' }),
  ];
  const edges = [edge('start', 'next', 'hub'), edge('hub', 'continue', 'leave')];
  for (let i = 0; i < options; i++) {
    nodes.push(node(`shop-${i}`, 'narration', { lines: [`Shop ${i + 1} is closed.`] }));
    edges.push(edge('hub', `visit-${i}`, `shop-${i}`), edge(`shop-${i}`, 'next', 'hub'));
  }
  return fixture('once-hub', 'Once hub', nodes, edges);
}

/** Every generated fixture, by file name (docs/security.md says what each did before the bounds of issue 14). */
export const largeHostileMissions: ReadonlyArray<{ name: string; mission: () => Mission }> = [
  { name: 'combat-100k-groups', mission: () => hugeCombatMission(100_000, 1000) },
  { name: 'combat-5k-groups', mission: () => hugeCombatMission(5_000, 1000) },
  { name: 'combat-largest-allowed', mission: largestAllowedCombatMission },
  { name: 'long-chain', mission: () => longChainMission(10_050) },
  { name: 'once-hub-64', mission: () => onceHubMission(64) },
];
