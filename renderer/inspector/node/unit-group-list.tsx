import type { EnemyGroup, Mode } from '@mission-studio/core/format';
import { FieldProblems } from '../field-problems';
import { SelectField, type Option } from '../fields';
import { moveItem, removeAt, replaceAt, withOptional } from '../list-edit';
import { NumberField } from '../typed-fields';
import { AddButton, ListControls } from './list-controls';

const COUNT = { integer: true, min: 1, max: 1000 };
const WAVE = { integer: true, min: 1, max: 100 };

/**
 * A fight's allies or enemies: rows of unit, count and (enemies only) wave, under one line of column names.
 * `field` is the list's path inside the node (`/data/allies`), `path` the same in the file.
 */
export function UnitGroupList({
  what,
  groups,
  units,
  newUnit,
  mode,
  waves,
  path,
  field,
  onChange,
}: {
  what: 'ally' | 'enemy';
  groups: readonly EnemyGroup[];
  units: readonly Option[];
  /** The unit a new row starts with. */ newUnit: string;
  mode: Mode;
  waves: boolean;
  path: string;
  field: string;
  onChange(groups: EnemyGroup[], field?: string): void;
}) {
  const Name = what === 'ally' ? 'Ally' : 'Enemy';
  return (
    <>
      <FieldProblems path={path} />
      {units.length === 0 && <p className="muted small">No {mode} units yet: add them in the Units tab, then pick them here.</p>}
      <div className={`unit-grid unit-columns ${waves ? 'with-wave' : ''}`} aria-hidden="true">
        <span>Unit</span>
        <span>Count</span>
        {waves && <span>Wave</span>}
      </div>
      <ol className="item-list">
        {groups.map((g, i) => {
          const row = `${what} ${i + 1}`;
          const set = (next: EnemyGroup, sub?: string) => onChange(replaceAt(groups, i, next), sub && `${field}/${i}/${sub}`);
          return (
            <li key={i} className="unit-row">
              <div className="unit-row-head">
                <span>
                  {Name} {i + 1}
                </span>
                <ListControls
                  what={what}
                  index={i}
                  count={groups.length}
                  minCount={1}
                  onMove={(from, to) => onChange(moveItem(groups, from, to))}
                  onRemove={(at) => onChange(removeAt(groups, at))}
                />
              </div>
              <div className={`unit-grid ${waves ? 'with-wave' : ''}`}>
                <SelectField
                  label={`Unit of ${row}`}
                  hideLabel
                  value={g.unit}
                  options={units}
                  path={`${path}/${i}/unit`}
                  onChange={(unit) => set({ ...g, unit })}
                />
                <NumberField
                  label={`Count of ${row}`}
                  hideLabel
                  value={g.count}
                  rule={COUNT}
                  path={`${path}/${i}/count`}
                  onChange={(count) => count !== undefined && set({ ...g, count }, 'count')}
                />
                {waves && (
                  <NumberField
                    label={`Wave of ${row}`}
                    hideLabel
                    value={g.wave}
                    optional
                    placeholder="1"
                    rule={WAVE}
                    path={`${path}/${i}/wave`}
                    onChange={(wave) => set(withOptional(g, 'wave', wave), 'wave')}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <AddButton label={`Add ${what}`} onClick={() => onChange([...groups, { unit: newUnit || (units[0]?.value ?? ''), count: 1 }])} />
    </>
  );
}
