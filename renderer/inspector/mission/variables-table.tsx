import { variableNameProblem } from '@mission-studio/core/edit';
import { renameVariable } from '@mission-studio/core/edit';
import type { VariableDecl, VariableType } from '@mission-studio/core/format';
import { useServices } from '../../app-context';
import { CheckboxField, SelectField, TextField, type Option } from '../fields';
import { freshId, VARIABLE_ID_PATTERN } from '../ids';
import { renameNotice } from '../rename-notice';
import { IdField, ListField, NumberField } from '../typed-fields';
import { changeEnumValues, changeVariableType } from '../typed-value';
import { useMissionPart } from '../use-inspector';
import { EditableTable, type CellContext, type Column } from './editable-table';
import { textColumn } from './table-cells';
import { useMissionEdit } from './use-mission-edit';

const NO_ITEMS: never[] = [];
const TYPES: Option[] = (['bool', 'number', 'string', 'enum'] as const).map((t) => ({ value: t, label: t }));

/** The initial value's editor, by the variable's type: a checkbox, a number, text, or one of the enum's values. */
function InitialCell({ item, path, rowName, set }: CellContext<VariableDecl>) {
  const label = `Initial value of ${rowName}`;
  const at = `${path}/initial`;
  switch (item.type) {
    case 'bool':
      return (
        <CheckboxField
          label={label}
          hideLabel
          text={String(item.initial === true)}
          checked={item.initial === true}
          path={at}
          onChange={(on) => set({ ...item, initial: on })}
          className="cell-check"
        />
      );
    case 'number':
      return (
        <NumberField
          label={label}
          hideLabel
          value={typeof item.initial === 'number' ? item.initial : undefined}
          path={at}
          onChange={(n) => n !== undefined && set({ ...item, initial: n }, 'initial')}
        />
      );
    case 'string':
      return (
        <TextField
          label={label}
          hideLabel
          value={String(item.initial)}
          path={at}
          onChange={(text) => set({ ...item, initial: text }, 'initial')}
        />
      );
    case 'enum':
      return (
        <SelectField
          label={label}
          hideLabel
          value={String(item.initial)}
          options={(item.values ?? []).map((v) => ({ value: v, label: v }))}
          path={at}
          onChange={(v) => set({ ...item, initial: v })}
        />
      );
  }
}

/**
 * The id cell. A rename is one edit that also rewrites every expression reading or setting the variable (one
 * undo step); names expressions reserve (`visited`, `faction`, `true`) are refused as typed.
 */
function IdCell({ item, index, path, rowName, set, variables }: CellContext<VariableDecl> & { variables: readonly VariableDecl[] }) {
  const { store, ctx } = useServices();
  const rename = (to: string) => {
    // A declaration whose id is not unique cannot say whose expressions are whose: rename the row alone.
    if (variables.some((v, j) => j !== index && v.id === item.id)) return set({ ...item, id: to });
    const mission = store.getState().doc?.mission;
    const plan = mission && renameVariable(mission, item.id, to);
    if (!plan?.ok) return;
    store.getState().edit(plan.edit);
    const notice = renameNotice(item.id, plan.unparsed);
    if (notice) ctx.notify(notice);
  };
  const rule = {
    pattern: VARIABLE_ID_PATTERN,
    taken: { has: (id: string) => variables.some((o, j) => j !== index && o.id === id) },
    what: 'variable',
    problem: variableNameProblem,
  };
  return <IdField label={`Id of ${rowName}`} hideLabel value={item.id} rule={rule} path={`${path}/id`} onRename={rename} />;
}

/** The mission's variables: id, type, initial value (typed by the type), enum values and what it means. */
export function VariablesTable() {
  const variables = useMissionPart('variables') ?? NO_ITEMS;
  const dispatch = useMissionEdit();
  const columns: Array<Column<VariableDecl>> = [
    { header: 'Id', className: 'col-id', cell: (ctx) => <IdCell {...ctx} variables={variables} /> },
    {
      header: 'Type',
      cell: ({ item, path, rowName, set }) => (
        <SelectField
          label={`Type of ${rowName}`}
          hideLabel
          value={item.type}
          options={TYPES}
          path={`${path}/type`}
          onChange={(type) => set(changeVariableType(item, type as VariableType))}
        />
      ),
    },
    { header: 'Initial', cell: (ctx) => <InitialCell {...ctx} /> },
    {
      header: 'Values',
      empty: (item) => item.type !== 'enum',
      cell: ({ item, path, rowName, set }) =>
        item.type === 'enum' ? (
          <ListField
            label={`Values of ${rowName}`}
            hideLabel
            value={item.values ?? []}
            min={1}
            path={`${path}/values`}
            onChange={(values) => set(changeEnumValues(item, values), 'values')}
          />
        ) : (
          <span className="muted" aria-label={`${rowName} has no values list`}>
            –
          </span>
        ),
    },
    textColumn('Description', 'description', true, 'col-wide', true),
  ];
  return (
    <EditableTable
      caption="Variables"
      what="variable"
      kind="variable"
      items={variables}
      columns={columns}
      path="/variables"
      onChange={(items, field) => dispatch({ kind: 'set-variables', items }, field)}
      makeRow={(): VariableDecl => ({ id: freshId('variable', new Set(variables.map((v) => v.id)), ''), type: 'bool', initial: false })}
    />
  );
}
