import { useMemo } from 'react';
import { useServices } from '../../app-context';
import type { CombatGoal, CombatNode, Mode, UnitGroup } from '@mission-studio/core/format';
import { CheckboxField, SelectField, type Option } from '../fields';
import { withOptional } from '../list-edit';
import { NumberField } from '../typed-fields';
import { useMissionPart } from '../use-inspector';
import type { NodeFormProps } from './node-form.types';
import { useUnitOptions } from './pickers';
import { LocationField } from './simple-forms';
import { defaultGoal, GOAL_TYPES, protectableUnits, toggleProtected } from './combat-goal';
import { UnitGroupList } from './unit-group-list';
import { unitForNewRow } from '@mission-studio/core/edit';

const MODES: Option[] = [
  { value: 'ground', label: 'Ground (away team)' },
  { value: 'space', label: 'Space (starships)' },
];
const COUNT = { integer: true, min: 1, max: 1000 };
const NO_UNITS: never[] = [];

/** The unit options for a fight: units of its mode, plus a current pick of another kind so it stays visible. */
function useFightUnits(mode: Mode, picked: readonly UnitGroup[]): Option[] {
  const fitting = useUnitOptions(mode, true);
  const units = useMissionPart('units') ?? NO_UNITS;
  return useMemo(() => {
    const extra = units
      .filter((u) => u.kind !== mode && picked.some((g) => g.unit === u.id))
      .map((u) => ({ value: u.id, label: `${u.name} (${u.kind})` }));
    return [...fitting, ...extra];
  }, [fitting, units, mode, picked]);
}

/** A combat: ground or space, where, who fights on each side, what winning means and how long it may take. */
export function CombatForm({ node, base, setData }: NodeFormProps<CombatNode>) {
  const d = node.data;
  const allyUnits = useFightUnits(d.mode, d.allies);
  const enemyUnits = useFightUnits(d.mode, d.enemies);
  const units = useMissionPart('units') ?? NO_UNITS;
  // A new row starts from a unit the other side does not use: a new enemy is not the player's own ship.
  const newAlly = unitForNewRow(
    units,
    d.mode,
    d.enemies.map((g) => g.unit),
  );
  const newEnemy = unitForNewRow(
    units,
    d.mode,
    d.allies.map((g) => g.unit),
  );
  const { events } = useServices();
  return (
    <>
      <div className="field-row">
        <SelectField
          label="Mode"
          value={d.mode}
          options={MODES}
          path={`${base}/data/mode`}
          onChange={(mode) => setData({ ...d, mode: mode as Mode })}
        />
        <NumberField
          label="Round limit"
          value={d.roundLimit}
          rule={COUNT}
          path={`${base}/data/roundLimit`}
          onChange={(roundLimit) => roundLimit !== undefined && setData({ ...d, roundLimit }, '/data/roundLimit')}
        />
      </div>
      <LocationField value={d.location} path={`${base}/data/location`} onChange={(v) => setData(withOptional(d, 'location', v))} />
      <fieldset className="group-box">
        <legend>Allies</legend>
        <p className="muted small">The player&apos;s ship or squad first, then allies such as ships to rescue.</p>
        <UnitGroupList
          what="ally"
          groups={d.allies}
          units={allyUnits}
          newUnit={newAlly}
          mode={d.mode}
          waves={false}
          path={`${base}/data/allies`}
          field="/data/allies"
          onChange={(allies, field) => setData({ ...d, allies }, field)}
        />
      </fieldset>
      <fieldset className="group-box">
        <legend>Enemies</legend>
        <UnitGroupList
          what="enemy"
          groups={d.enemies}
          units={enemyUnits}
          newUnit={newEnemy}
          mode={d.mode}
          waves
          path={`${base}/data/enemies`}
          field="/data/enemies"
          onChange={(enemies, field) => setData({ ...d, enemies }, field)}
        />
      </fieldset>
      <GoalFields node={node} base={base} setData={setData} />
      {/* What the play check measured of this fight (win rate per stance, rounds, allies lost), as charts. */}
      <button type="button" className="small-button" onClick={() => events.emit('show-balance', { nodeId: node.id })}>
        Balance of this fight…
      </button>
    </>
  );
}

function GoalFields({ node, base, setData }: Pick<NodeFormProps<CombatNode>, 'node' | 'base' | 'setData'>) {
  const d = node.data;
  const goal = d.goal;
  const setGoal = (next: CombatGoal, field?: string) => setData({ ...d, goal: next }, field);
  const units = useMissionPart('units') ?? NO_UNITS;
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  return (
    <fieldset className="group-box">
      <legend>Goal</legend>
      <SelectField
        label="Goal"
        value={goal.type}
        options={GOAL_TYPES}
        path={`${base}/data/goal/type`}
        onChange={(type) => setGoal(defaultGoal(type as CombatGoal['type'], d))}
      />
      {goal.type === 'survive' && (
        <NumberField
          label="Rounds to survive"
          value={goal.rounds}
          rule={COUNT}
          path={`${base}/data/goal/rounds`}
          onChange={(rounds) => rounds !== undefined && setGoal({ ...goal, rounds }, '/data/goal/rounds')}
        />
      )}
      {goal.type === 'protect' && (
        <>
          <div role="group" aria-label="Units to protect" className="check-list">
            <span className="field-label" aria-hidden="true">
              Units to protect
            </span>
            {protectableUnits(d).map((unit, i) => (
              <CheckboxField
                key={unit}
                label={name(unit)}
                checked={goal.units.includes(unit)}
                path={`${base}/data/goal/units/${goal.units.indexOf(unit)}`}
                onChange={(on) => setGoal(toggleProtected(goal, unit, on))}
                className={i === 0 ? 'first' : undefined}
              />
            ))}
          </div>
          <NumberField
            label="At least this many survive"
            value={goal.atLeast}
            optional
            placeholder="all"
            rule={{ integer: true, min: 1 }}
            path={`${base}/data/goal/atLeast`}
            onChange={(atLeast) => setGoal(withOptional(goal, 'atLeast', atLeast), '/data/goal/atLeast')}
          />
        </>
      )}
    </fieldset>
  );
}
