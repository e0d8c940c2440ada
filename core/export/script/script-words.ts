/**
 * The plain-English pieces of a script: guards and effects from their source text, and a fight's sides and
 * goal. Everything returned here is plain text; the caller escapes it for Markdown.
 */
import { describeCondition, describeEffect, joinPhrases, type NodeTitles } from '../../expressions/describe';
import { parseCondition, parseEffect } from '../../expressions/parse';
import type { CombatData, CombatGoal, Mission, UnitGroup } from '../../format/mission.types';

/** Names of the mission's cast, units and locations, with the id standing in for a name it lacks. */
export interface MissionNames {
  cast(id: string): string;
  unit(id: string): string;
  location(id: string): string;
}

/** Look-ups of the names a script prints, built once per export. */
export function missionNames(mission: Mission): MissionNames {
  const table = (rows: readonly { id: string; name: string }[]): ((id: string) => string) => {
    const byId = new Map<string, string>();
    for (const row of rows) if (!byId.has(row.id)) byId.set(row.id, row.name);
    return (id) => {
      const name = byId.get(id);
      return name !== undefined && name.trim() !== '' ? name : id;
    };
  };
  return { cast: table(mission.cast), unit: table(mission.units), location: table(mission.locations) };
}

/** A guard in words; a guard that does not parse is quoted as written. */
export function conditionWords(text: string, titles: NodeTitles): string {
  const parsed = parseCondition(text);
  return parsed.ok ? describeCondition(parsed.value, titles) : `"${text}" (which does not parse)`;
}

/** Effects in words, "raises coalition by 1 and sets x to true"; one that does not parse is quoted. */
export function effectsWords(effects: readonly string[], titles: NodeTitles): string {
  return joinPhrases(
    effects.map((text) => {
      const parsed = parseEffect(text);
      return parsed.ok ? describeEffect(parsed.value, titles) : `"${text}" (which does not parse)`;
    }),
    'and',
  );
}

/** The first letter in upper case, for a phrase that starts a sentence. */
export function sentence(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** "Scout" for one, "2 × Raider" for more, "0 × Raider" for none. */
function groupWords(group: UnitGroup, names: MissionNames): string {
  const name = names.unit(group.unit);
  return group.count === 1 ? name : `${group.count} × ${name}`;
}

/** A fight's sides and terms, one phrase each. */
export interface FightWords {
  player: string;
  allies: string;
  enemies: string;
  goal: string;
  roundLimit: string;
}

/** The sides (enemies by wave), what wins, and what the round limit does, for a combat node. */
export function fightWords(data: CombatData, names: MissionNames): FightWords {
  const [player, ...allies] = data.allies;
  const waves = new Map<number, UnitGroup[]>();
  for (const enemy of data.enemies) {
    const wave = waves.get(enemy.wave ?? 1);
    if (wave) wave.push(enemy);
    else waves.set(enemy.wave ?? 1, [enemy]);
  }
  const ordered = [...waves.entries()].sort(([a], [b]) => a - b);
  const waveList = (groups: UnitGroup[]): string => groups.map((g) => groupWords(g, names)).join(', ');
  const enemies =
    ordered.length === 0
      ? 'none'
      : ordered.length === 1
        ? waveList(ordered[0]![1])
        : ordered.map(([wave, groups]) => `wave ${wave}: ${waveList(groups)}`).join('; ');
  return {
    player: player ? groupWords(player, names) : 'none',
    allies: allies.length > 0 ? allies.map((g) => groupWords(g, names)).join(', ') : 'none',
    enemies,
    goal: goalWords(data.goal, names),
    roundLimit: `${data.roundLimit} ${data.roundLimit === 1 ? 'round' : 'rounds'} (${data.goal.type === 'survive' ? 'reaching it counts as surviving' : 'reaching it loses the fight'})`,
  };
}

/** "defeat every enemy", "survive 8 rounds, or defeat every enemy", "defeat every enemy and keep X alive". */
function goalWords(goal: CombatGoal, names: MissionNames): string {
  switch (goal.type) {
    case 'defeat-all':
      return 'defeat every enemy';
    case 'survive':
      return `survive ${goal.rounds} ${goal.rounds === 1 ? 'round' : 'rounds'}, or defeat every enemy`;
    case 'protect': {
      const units =
        joinPhrases(
          goal.units.map((u) => names.unit(u)),
          'and',
        ) || 'no one';
      const some = goal.atLeast !== undefined && goal.atLeast < goal.units.length;
      return `defeat every enemy and keep ${some ? `at least ${goal.atLeast} of ${units}` : units} alive`;
    }
  }
}
