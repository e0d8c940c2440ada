import type { CastMember, Location, Unit } from '@mission-studio/core/format';
import { freshId } from '../ids';
import { useMissionPart } from '../use-inspector';
import { EditableTable, type Column } from './editable-table';
import { idColumn, modeColumn, numberColumn, textColumn } from './table-cells';
import { useMissionEdit } from './use-mission-edit';

const NO_ITEMS: never[] = [];
const ids = (items: ReadonlyArray<{ id: string }>) => new Set(items.map((i) => i.id));

/** The cast: the people who speak or can be targets. */
export function CastTable() {
  const cast = useMissionPart('cast') ?? NO_ITEMS;
  const dispatch = useMissionEdit();
  const columns: Array<Column<CastMember>> = [
    idColumn(cast, 'cast member'),
    textColumn('Name', 'name', false, 'col-wide'),
    textColumn('Species', 'species', true),
    textColumn('Role', 'role', true, 'col-wide'),
  ];
  return (
    <EditableTable
      caption="Cast"
      what="cast member"
      kind="cast"
      items={cast}
      columns={columns}
      path="/cast"
      onChange={(items, field) => dispatch({ kind: 'set-cast', items }, field)}
      makeRow={() => ({ id: freshId('person', ids(cast)), name: 'New person' })}
    />
  );
}

/** The places where scenes and fights happen. */
export function LocationsTable() {
  const locations = useMissionPart('locations') ?? NO_ITEMS;
  const dispatch = useMissionEdit();
  const columns: Array<Column<Location>> = [idColumn(locations, 'location'), textColumn('Name', 'name', false, 'col-wide'), modeColumn()];
  return (
    <EditableTable
      caption="Locations"
      what="location"
      kind="location"
      items={locations}
      columns={columns}
      path="/locations"
      onChange={(items, field) => dispatch({ kind: 'set-locations', items }, field)}
      makeRow={(): Location => ({ id: freshId('location', ids(locations)), name: 'New place', kind: 'ground' })}
    />
  );
}

const CHANCE = { min: 0, max: 1 };
const AMOUNT = { min: 0 };

/** The combatant types and their stats. */
export function UnitsTable() {
  const units = useMissionPart('units') ?? NO_ITEMS;
  const dispatch = useMissionEdit();
  const columns: Array<Column<Unit>> = [
    idColumn(units, 'unit'),
    textColumn('Name', 'name', false, 'col-wide'),
    modeColumn(),
    numberColumn('Hull', 'hull', { above: 0 }),
    numberColumn('Shields', 'shields', AMOUNT, true),
    numberColumn('Regen', 'shieldRegen', AMOUNT, true),
    numberColumn('Damage', 'damage', AMOUNT),
    numberColumn('Accuracy', 'accuracy', CHANCE),
    numberColumn('Evasion', 'evasion', CHANCE, true),
  ];
  return (
    <EditableTable
      caption="Units"
      what="unit"
      kind="unit"
      items={units}
      columns={columns}
      path="/units"
      onChange={(items, field) => dispatch({ kind: 'set-units', items }, field)}
      makeRow={(): Unit => ({ id: freshId('unit', ids(units)), name: 'New unit', kind: 'ground', hull: 50, damage: 10, accuracy: 0.7 })}
    />
  );
}
