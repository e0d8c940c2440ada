/**
 * Random playthroughs on the fast path: the compile kernel's cursor instead of run states and events, and
 * combat's typed-array fight loop instead of JSON fight states. The same choices, fights and endings as
 * `playRandomRun` on the simulator for the same seed (a test checks), at a few microseconds per run.
 */
import type { Mission } from '../../format/mission.types';
import { autoStanceCode } from '../combat/auto-stance';
import { createFight, playFightRound, resetFight, ONGOING, VICTORY, type Fight } from '../combat/fight';
import { buildRoster, type Roster } from '../combat/roster';
import { STANCE_BY_CODE } from '../combat/rules';
import { getCompiledMission } from '../compile/compile-mission';
import { KIND_COMBAT, type CompiledMission } from '../compile/compiled-mission.types';
import { copyCursor, createCursor, type Cursor } from '../compile/cursor';
import { findStartNode, inputForPort, type Input } from '../compile/inputs';
import { listPorts, runFrom, STOP_END, STOP_ERROR, takePort, type StopCode } from '../compile/step';
import { deriveCombatSeed } from '../simulator/combat-seed';
import type { RandomRunOptions, RandomRunResult } from './monte-carlo.types';
import { createPickRng, pickIndex } from './random-policy';

/** Plays random runs of one mission; reuses its cursor and fights, so keep one per thread. */
export interface RandomRunner {
  /** Plays the run seeded `runSeed`. */
  run(runSeed: number): RandomRunResult;
}

/** One combat node's roster and a fight reused for every run. */
interface FightSlot {
  roster: Roster;
  fight: Fight;
  victoryPort: number;
  defeatPort: number;
}

const SOFT_LOCK = 'soft-lock: nothing can be chosen here';

/** A runner for `mission` with the given factions and combat policy. */
export function createRandomRunner(mission: Mission, options: RandomRunOptions = {}): RandomRunner {
  const cm = getCompiledMission(mission);
  const factions = [...(options.factions ?? mission.meta.factions)];
  const randomStances = options.combatPolicy === 'random';
  const maxInputs = options.maxInputs ?? 10_000;
  const record = options.record === true;
  const bases = factions.map((f) => createCursor(cm, f));
  const starts = factions.map((f) => findStartNode(cm, f));
  const work = createCursor(cm, '');
  const visits = new Int32Array(cm.nodeCount);
  const fights: (FightSlot | null)[] = new Array<FightSlot | null>(cm.nodeCount).fill(null);
  let widest = 1;
  for (let n = 0; n < cm.nodeCount; n++) widest = Math.max(widest, (cm.portStart[n + 1] as number) - (cm.portStart[n] as number));
  const ports = new Int32Array(widest);

  const fightAt = (node: number): FightSlot => {
    let slot = fights[node];
    if (!slot) {
      const roster = buildRoster(mission, cm.nodeIds[node] as string);
      slot = {
        roster,
        fight: createFight(roster, 1),
        victoryPort: localPort(cm, node, 'victory'),
        defeatPort: localPort(cm, node, 'defeat'),
      };
      fights[node] = slot;
    }
    return slot;
  };

  return {
    run(runSeed: number): RandomRunResult {
      const rng = createPickRng(runSeed);
      const fi = pickIndex(rng, Math.max(1, factions.length));
      const faction = factions[fi] ?? '';
      const recorded: Input[] | undefined = record ? [] : undefined;
      const result = (
        status: RandomRunResult['status'],
        node: number,
        inputs: number,
        rounds: number,
        reason: string | null,
      ): RandomRunResult => ({
        faction,
        status,
        nodeId: node < 0 ? null : (cm.nodeIds[node] as string),
        inputs,
        rounds,
        reason,
        ...(recorded ? { recorded } : {}),
      });
      if (!mission.meta.factions.includes(faction)) return result('stopped', -1, 0, 0, `the mission has no faction "${faction}"`);
      const start = starts[fi] as number;
      if (start < 0) return result('stopped', -1, 0, 0, `no start node for faction "${faction}" and no "any" start`);
      const c = work;
      copyCursor(bases[fi] as Cursor, c);
      visits.fill(0);
      let inputs = 0;
      let rounds = 0;
      let code: StopCode = runFrom(cm, c, start, null);
      for (;;) {
        if (code === STOP_END) return result('ended', c.node, inputs, rounds, null);
        if (code === STOP_ERROR) return result('stopped', c.node, inputs, rounds, c.error ?? 'the run stopped');
        const node = c.node;
        if (cm.kind[node] === KIND_COMBAT) {
          const problem = cm.combatProblem[node];
          if (problem) return result('stopped', node, inputs, rounds, problem);
          const nodeId = cm.nodeIds[node] as string;
          const slot = fightAt(node);
          const { roster, fight } = slot;
          visits[node] = (visits[node] as number) + 1;
          resetFight(roster, fight, deriveCombatSeed(runSeed, nodeId, visits[node] as number));
          if (!randomStances) {
            if (inputs >= maxInputs) return result('cut', node, inputs, rounds, `cut after ${maxInputs} inputs`);
            inputs++;
            recorded?.push({ kind: 'combat-auto', nodeId });
            while (fight.outcome === ONGOING) {
              playFightRound(roster, fight, autoStanceCode(roster, fight), null);
              rounds++;
            }
          } else {
            while (fight.outcome === ONGOING) {
              if (inputs >= maxInputs) return result('cut', node, inputs, rounds, `cut after ${maxInputs} inputs`);
              const stance = pickIndex(rng, 3);
              inputs++;
              recorded?.push({ kind: 'combat', nodeId, stance: STANCE_BY_CODE[stance] ?? 'attack' });
              playFightRound(roster, fight, stance, null);
              rounds++;
            }
          }
          code = takePort(cm, c, fight.outcome === VICTORY ? slot.victoryPort : slot.defeatPort, null);
          continue;
        }
        const count = listPorts(cm, c, ports);
        if (count < 0) return result('stopped', node, inputs, rounds, c.error ?? 'a condition failed');
        if (count === 0) return result('stopped', node, inputs, rounds, SOFT_LOCK);
        if (inputs >= maxInputs) return result('cut', node, inputs, rounds, `cut after ${maxInputs} inputs`);
        const port = ports[pickIndex(rng, count)] as number;
        inputs++;
        recorded?.push(inputForPort(cm, node, port));
        code = takePort(cm, c, port, null);
      }
    },
  };
}

/** The local index of port `id` of a node (combat: `victory` is 0, `defeat` 1). */
function localPort(cm: CompiledMission, node: number, id: string): number {
  const first = cm.portStart[node] as number;
  for (let p = first; p < (cm.portStart[node + 1] as number); p++) if (cm.portIds[p] === id) return p - first;
  return -1;
}
