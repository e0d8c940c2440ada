import type { Mode } from '@mission-studio/core/format';
import { SelectField, TextField, type Option } from '../fields';
import { ID_PATTERN } from '../ids';
import { withOptional } from '../list-edit';
import type { NumberRule } from '../parse-number';
import { IdField, NumberField } from '../typed-fields';
import type { CellContext, Column } from './editable-table';

/** An id column: checked against the other rows, renamed on Enter or leaving the cell. */
export function idColumn<T extends { id: string }>(items: readonly T[], what: string, pattern: RegExp = ID_PATTERN): Column<T> {
  return {
    header: 'Id',
    className: 'col-id',
    cell: ({ item, index, path, rowName, set }: CellContext<T>) => (
      <IdField
        label={`Id of ${rowName}`}
        hideLabel
        value={item.id}
        rule={{ pattern, taken: { has: (id) => items.some((o, j) => j !== index && o.id === id) }, what }}
        path={`${path}/id`}
        onRename={(id) => set({ ...item, id })}
      />
    ),
  };
}

/** A text column for a required (`optional` false) or optional string key; `multiline` for long prose. */
export function textColumn<T extends object>(
  header: string,
  key: keyof T & string,
  optional = false,
  className?: string,
  multiline = false,
): Column<T> {
  return {
    header,
    className,
    cell: ({ item, path, rowName, set }) => (
      <TextField
        label={`${header} of ${rowName}`}
        hideLabel
        multiline={multiline}
        rows={1}
        value={(item[key] as string | undefined) ?? ''}
        path={`${path}/${key}`}
        onChange={(text) => set(optional ? withOptional(item, key, text as T[typeof key]) : { ...item, [key]: text }, key)}
      />
    ),
  };
}

const MODES: Option[] = [
  { value: 'ground', label: 'ground' },
  { value: 'space', label: 'space' },
];

/** A ground/space column. */
export function modeColumn<T extends { kind: Mode }>(): Column<T> {
  return {
    header: 'Kind',
    cell: ({ item, path, rowName, set }) => (
      <SelectField
        label={`Kind of ${rowName}`}
        hideLabel
        value={item.kind}
        options={MODES}
        path={`${path}/kind`}
        onChange={(kind) => set({ ...item, kind: kind as Mode })}
      />
    ),
  };
}

/** A number column; an `optional` one is removed from the row when cleared. */
export function numberColumn<T extends object>(header: string, key: keyof T & string, rule: NumberRule, optional = false): Column<T> {
  return {
    header,
    className: 'col-number',
    cell: ({ item, path, rowName, set }) => (
      <NumberField
        label={`${header} of ${rowName}`}
        hideLabel
        value={item[key] as number | undefined}
        rule={rule}
        optional={optional}
        placeholder={optional ? '–' : undefined}
        path={`${path}/${key}`}
        onChange={(value) =>
          optional ? set(withOptional(item, key, value as T[typeof key]), key) : value !== undefined && set({ ...item, [key]: value }, key)
        }
      />
    ),
  };
}
