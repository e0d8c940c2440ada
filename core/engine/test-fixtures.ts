/**
 * Small missions for the engine's tests (compile, simulator, explorer) and benchmarks, plus a seeded
 * generator of random small valid missions for property tests. Test support only: nothing in the app uses it.
 */
import type {
  Choice,
  CombatData,
  HubOption,
  Mission,
  MissionEdge,
  MissionNode,
  Outcome,
  Unit,
  VariableDecl,
} from '../format/mission.types';

type NodeOf<T extends MissionNode['type']> = Extract<MissionNode, { type: T }>;

let nextX = 0;
function node<T extends MissionNode['type']>(type: T, id: string, data: NodeOf<T>['data']): MissionNode {
  nextX += 10;
  return { id, type, title: id, position: { x: nextX, y: 0 }, data } as MissionNode;
}

/** Node builders: one per node type, with the fewest arguments a test needs. */
export const n = {
  start: (id: string, faction = 'any', text = 'The mission begins.') => node('start', id, { faction, text }),
  narration: (id: string, lines: string[] = ['Time passes.'], speaker?: string) =>
    node('narration', id, speaker === undefined ? { lines } : { speaker, lines }),
  dialog: (id: string, choices: Choice[], speaker = 'ally', lines = ['What now?']) => node('dialog', id, { speaker, lines, choices }),
  hub: (id: string, options: HubOption[], cont: { label?: string; condition?: string } = {}, text?: string) =>
    node('hub', id, {
      ...(text === undefined ? {} : { text }),
      options,
      continue: { label: cont.label ?? 'Move on', ...(cont.condition === undefined ? {} : { condition: cont.condition }) },
    }),
  branch: (id: string, cases: { id: string; condition: string }[]) => node('branch', id, { cases }),
  set: (id: string, effects: string[]) => node('set', id, { effects }),
  objective: (id: string, text = 'Reach the bridge.', optional = false) =>
    node('objective', id, { kind: 'goto', text, ...(optional ? { optional } : {}) }),
  combat: (id: string, data: CombatData = SMALL_FIGHT) => node('combat', id, data),
  end: (id: string, outcome: Outcome = 'success', text = 'It is over.') => node('end', id, { outcome, text }),
  group: (id: string) => node('group', id, { width: 100, height: 100 }),
};

/** A fight the player usually wins but can lose. */
const SMALL_FIGHT: CombatData = {
  mode: 'space',
  allies: [{ unit: 'scout', count: 1 }],
  enemies: [{ unit: 'raider', count: 1 }],
  goal: { type: 'defeat-all' },
  roundLimit: 6,
};

const UNITS: Unit[] = [
  { id: 'scout', name: 'Scout', kind: 'space', hull: 60, shields: 20, shieldRegen: 5, damage: 14, accuracy: 0.75, evasion: 0.2 },
  { id: 'raider', name: 'Raider', kind: 'space', hull: 40, shields: 10, shieldRegen: 2, damage: 10, accuracy: 0.6, evasion: 0.1 },
];

/** Edges as [source, port, target] triples. */
export type EdgeSpec = [string, string, string];

/** Assembles a mission from nodes, edge triples and variables. */
export function buildMission(parts: {
  nodes: MissionNode[];
  edges: EdgeSpec[];
  variables?: VariableDecl[];
  factions?: string[];
  id?: string;
}): Mission {
  const edges: MissionEdge[] = parts.edges.map(([source, sourceHandle, target], i) => ({
    id: `e${i}`,
    source,
    sourceHandle,
    target,
  }));
  return {
    format: 'mission-studio/2',
    meta: {
      id: parts.id ?? 'fixture',
      title: 'Fixture',
      summary: 'A test mission.',
      factions: parts.factions ?? ['federation', 'klingon'],
    },
    variables: parts.variables ?? [],
    cast: [{ id: 'ally', name: 'Commander Vale' }],
    locations: [],
    units: UNITS.map((u) => ({ ...u })),
    nodes: parts.nodes,
    edges,
  };
}

const bool = (id: string, initial = false): VariableDecl => ({ id, type: 'bool', initial });
const num = (id: string, initial = 0): VariableDecl => ({ id, type: 'number', initial });

/**
 * Every node type in one mission. The dialog's `bribe` needs credits the player does not have; the hub's
 * `rumour` is once-only; `continue` needs the clue; the branch sends clue-holders to the fight.
 */
export function tourMission(): Mission {
  return buildMission({
    variables: [bool('clue'), num('credits', 1), { id: 'mood', type: 'enum', initial: 'calm', values: ['calm', 'tense'] }],
    nodes: [
      n.start('start', 'any', 'You dock at the station.'),
      n.narration('arrive', ['The promenade is busy.', 'Someone waves.'], 'ally'),
      n.set('tension', ['mood = "tense"']),
      n.dialog('talk', [
        { id: 'ask', text: 'Ask about the delay.', effects: ['credits += 2'] },
        { id: 'bribe', text: 'Offer a bribe.', condition: 'credits >= 5' },
        { id: 'leave', text: 'Walk away.' },
      ]),
      n.hub(
        'market',
        [
          { id: 'rumour', label: 'Listen for rumours', once: true },
          { id: 'search', label: 'Search the stalls' },
        ],
        { label: 'Head to the docks', condition: 'clue' },
      ),
      n.set('found', ['clue = true']),
      n.branch('route', [{ id: 'armed', condition: 'clue && mood == "tense"' }]),
      n.objective('reach', 'Reach the docking ring.'),
      n.combat('fight'),
      n.end('won', 'success', 'The docks are safe.'),
      n.end('lost', 'failure', 'The docks fall.'),
      n.end('quiet', 'success', 'Nothing happens.'),
    ],
    edges: [
      ['start', 'next', 'arrive'],
      ['arrive', 'next', 'tension'],
      ['tension', 'next', 'talk'],
      ['talk', 'ask', 'market'],
      ['talk', 'bribe', 'won'],
      ['talk', 'leave', 'market'],
      ['market', 'rumour', 'found'],
      ['market', 'search', 'market'],
      ['market', 'continue', 'route'],
      ['found', 'next', 'market'],
      ['route', 'armed', 'reach'],
      ['route', 'else', 'quiet'],
      ['reach', 'done', 'fight'],
      ['fight', 'victory', 'won'],
      ['fight', 'defeat', 'lost'],
    ],
  });
}

/** Narration nodes that lead to each other forever: the run must stop with a loop error. */
export function loopMission(): Mission {
  return buildMission({
    nodes: [n.start('start'), n.narration('ping'), n.narration('pong'), n.end('never')],
    edges: [
      ['start', 'next', 'ping'],
      ['ping', 'next', 'pong'],
      ['pong', 'next', 'ping'],
    ],
  });
}

/**
 * Problems for the explorer. Nothing ever sets `key`, so: `wait` leads to `stuck`, a hub with nothing to
 * choose (a soft-lock); `detour` leads to `trap`, a hub that can only loop (a trap); `secret` is never enabled
 * and `hideout` behind it never reached; `tries` never changes, so the `vault` ending is unreachable.
 */
export function flawedMission(): Mission {
  return buildMission({
    variables: [bool('key'), bool('alarm'), num('tries')],
    nodes: [
      n.start('start'),
      n.dialog('gate', [
        { id: 'detour', text: 'Take the long way.', effects: ['alarm = true'] },
        { id: 'straight', text: 'Go straight in.' },
        { id: 'secret', text: 'Use the passphrase.', condition: 'key && !key' },
        { id: 'wait', text: 'Wait for a guard.' },
      ]),
      n.hub('stuck', [{ id: 'open', label: 'Open the door', condition: 'key' }], { condition: 'key' }),
      n.hub('trap', [{ id: 'pace', label: 'Pace the corridor' }], { condition: 'key && !alarm' }),
      n.branch('check', [{ id: 'rich', condition: 'tries > 3' }]),
      n.narration('hideout', ['A hidden room.']),
      n.end('home', 'success', 'Home at last.'),
      n.end('vault', 'success', 'The vault opens.'),
    ],
    edges: [
      ['start', 'next', 'gate'],
      ['gate', 'detour', 'trap'],
      ['gate', 'straight', 'check'],
      ['gate', 'secret', 'hideout'],
      ['hideout', 'next', 'home'],
      ['gate', 'wait', 'stuck'],
      ['stuck', 'open', 'home'],
      ['stuck', 'continue', 'home'],
      ['trap', 'pace', 'trap'],
      ['trap', 'continue', 'home'],
      ['check', 'rich', 'vault'],
      ['check', 'else', 'home'],
    ],
  });
}

/** A choice with nothing connected to it. */
export function deadEndMission(): Mission {
  return buildMission({
    nodes: [
      n.start('start'),
      n.dialog('ask', [
        { id: 'yes', text: 'Yes.' },
        { id: 'no', text: 'No.' },
      ]),
      n.end('done'),
    ],
    edges: [
      ['start', 'next', 'ask'],
      ['ask', 'yes', 'done'],
    ],
  });
}

/** Each faction has its own start; a branch reads `faction`. */
export function factionMission(): Mission {
  return buildMission({
    nodes: [
      n.start('fed-start', 'federation', 'Starfleet calls.'),
      n.start('any-start', 'any', 'A message arrives.'),
      n.branch('who', [{ id: 'fed', condition: 'faction == "federation"' }]),
      n.end('fed-end', 'success', 'The Federation way.'),
      n.end('other-end', 'success', 'Another way.'),
    ],
    edges: [
      ['fed-start', 'next', 'who'],
      ['any-start', 'next', 'who'],
      ['who', 'fed', 'fed-end'],
      ['who', 'else', 'other-end'],
    ],
    factions: ['federation', 'klingon', 'romulan'],
  });
}

/**
 * A benchmark-sized mission: `flags` booleans and a counter. The player walks a ring of `rooms` hubs; each
 * hub offers `toggles` options, each flipping one flag and raising the counter (while it is below `limit`),
 * plus `continue` to the next room; after the last room a branch checks that every flag is set.
 * With toggles = flags every state has flags + 1 inputs, the densest case.
 */
export function flagsAndCounterMission(flags = 8, limit = 40, rooms = 4, toggles = flags): Mission {
  const variables: VariableDecl[] = [num('count')];
  for (let f = 0; f < flags; f++) variables.push(bool(`f${f}`));
  const nodes: MissionNode[] = [n.start('start')];
  const edges: EdgeSpec[] = [['start', 'next', 'room0']];
  for (let r = 0; r < rooms; r++) {
    const options: HubOption[] = [];
    for (let j = 0; j < toggles; j++) {
      const f = (r + j) % flags;
      options.push({ id: `t${f}`, label: `Toggle ${f}`, condition: `count < ${limit}` });
      nodes.push(n.set(`r${r}s${f}`, [`f${f} = !f${f}`, 'count += 1']));
      edges.push([`room${r}`, `t${f}`, `r${r}s${f}`], [`r${r}s${f}`, 'next', `room${r}`]);
    }
    nodes.push(n.hub(`room${r}`, options));
    edges.push([`room${r}`, 'continue', r + 1 < rooms ? `room${r + 1}` : 'gate']);
  }
  nodes.push(n.branch('gate', [{ id: 'all', condition: Array.from({ length: flags }, (_, f) => `f${f}`).join(' && ') }]));
  nodes.push(n.end('win'), n.end('lose', 'failure'));
  edges.push(['gate', 'all', 'win'], ['gate', 'else', 'lose']);
  return buildMission({ nodes, edges, variables, factions: ['federation'] });
}

/**
 * A soft-lock one step from the start (a cellar whose ways out need a key no one finds), then the many states
 * of `flagsAndCounterMission`: a small state cap cuts the search short after the soft-lock is found.
 */
export function cellarMission(): Mission {
  const mission = flagsAndCounterMission();
  mission.variables.push(bool('key'));
  const room = mission.nodes.find((node) => node.id === 'room0');
  if (room?.type === 'hub') room.data.options.push({ id: 'cellar', label: 'Go down to the cellar' });
  mission.nodes.push(n.hub('cellar', [{ id: 'climb', label: 'Climb out', condition: 'key' }], { condition: 'key' }));
  mission.edges.push(
    { id: 'to-cellar', source: 'room0', sourceHandle: 'cellar', target: 'cellar' },
    { id: 'climb', source: 'cellar', sourceHandle: 'climb', target: 'room0' },
    { id: 'leave-cellar', source: 'cellar', sourceHandle: 'continue', target: 'room0' },
  );
  return mission;
}

/** A small seeded generator (mulberry32), so random missions are the same for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONDITIONS = [
  'a',
  '!a',
  'b',
  'a && !b',
  'level >= 1',
  'level < 2',
  'mood == "calm"',
  'faction == "klingon"',
  'visited("n1")',
  'visited("n2") || b',
];
const EFFECTS = ['a = true', 'a = !a', 'b = true', 'b = false', 'level = 1', 'level = 2', 'level = 0', 'mood = "angry"', 'mood = "calm"'];

/**
 * A random small mission that matches the format: `size` nodes after the start, random edges (some ports
 * left unconnected on purpose), conditions and effects from a fixed set that always type-check.
 */
export function randomMission(seed: number, size = 6): Mission {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const maybe = (p: number): boolean => rand() < p;
  const ids = Array.from({ length: size }, (_, i) => `n${i + 1}`);
  const nodes: MissionNode[] = [n.start('n0')];
  const edges: EdgeSpec[] = [];
  const target = (): string => pick(ids);
  const link = (source: string, port: string): void => {
    if (maybe(0.92)) edges.push([source, port, target()]);
  };
  const cond = (): { condition?: string } => (maybe(0.5) ? { condition: pick(CONDITIONS) } : {});
  link('n0', 'next');
  ids.forEach((id, i) => {
    // The last node is always an ending, so most missions can finish.
    const type = i === size - 1 ? 'end' : pick(['narration', 'dialog', 'hub', 'branch', 'set', 'objective', 'combat', 'end'] as const);
    switch (type) {
      case 'narration':
        nodes.push(n.narration(id));
        link(id, 'next');
        break;
      case 'set':
        nodes.push(n.set(id, [pick(EFFECTS), ...(maybe(0.4) ? [pick(EFFECTS)] : [])]));
        link(id, 'next');
        break;
      case 'objective':
        nodes.push(n.objective(id, 'Do the thing.', maybe(0.3)));
        link(id, 'done');
        break;
      case 'combat':
        nodes.push(n.combat(id));
        link(id, 'victory');
        link(id, 'defeat');
        break;
      case 'end':
        nodes.push(n.end(id, maybe(0.5) ? 'success' : 'failure'));
        break;
      case 'dialog': {
        const choices: Choice[] = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, k) => ({
          id: `c${k}`,
          text: `Choice ${k}`,
          ...cond(),
          ...(maybe(0.5) ? { effects: [pick(EFFECTS)] } : {}),
        }));
        nodes.push(n.dialog(id, choices));
        for (const c of choices) link(id, c.id);
        break;
      }
      case 'hub': {
        const options: HubOption[] = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, k) => ({
          id: `o${k}`,
          label: `Option ${k}`,
          ...cond(),
          ...(maybe(0.4) ? { once: true } : {}),
        }));
        nodes.push(n.hub(id, options, cond()));
        for (const o of options) link(id, o.id);
        link(id, 'continue');
        break;
      }
      case 'branch': {
        const cases = Array.from({ length: 1 + Math.floor(rand() * 2) }, (_, k) => ({ id: `k${k}`, condition: pick(CONDITIONS) }));
        nodes.push(n.branch(id, cases));
        for (const c of cases) link(id, c.id);
        link(id, 'else');
        break;
      }
    }
  });
  return buildMission({
    id: `random-${seed}`,
    nodes,
    edges,
    variables: [bool('a'), bool('b'), num('level'), { id: 'mood', type: 'enum', initial: 'calm', values: ['calm', 'angry'] }],
  });
}
