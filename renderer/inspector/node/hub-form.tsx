import type { HubNode, HubOption } from '@mission-studio/core/format';
import { ExpressionField } from '../expression-field';
import { FieldProblems } from '../field-problems';
import { CheckboxField, TextField } from '../fields';
import { withOptional } from '../list-edit';
import { addPortItem, movePortItem, portIdRule, removePortItem, renamePortItem, replacePortItem } from '../port-items';
import { IdField } from '../typed-fields';
import { AddButton, ListControls } from './list-controls';
import type { NodeFormProps } from './node-form.types';

/** A hub: its text, the side options (each an output port) and the way on (the `continue` port). */
export function HubForm({ node, base, setData, update }: NodeFormProps<HubNode>) {
  const d = node.data;
  const setOption = (index: number, option: HubOption, sub?: string) =>
    setData(replacePortItem(node, index, option).data as HubNode['data'], sub && `/data/options/${index}/${sub}`);
  return (
    <>
      <TextField
        label="Hub text"
        multiline
        value={d.text ?? ''}
        path={`${base}/data/text`}
        onChange={(text) => setData(withOptional(d, 'text', text), '/data/text')}
      />
      <fieldset className="group-box">
        <legend>Options</legend>
        {d.options.length === 0 && <p className="muted small">No options: the hub goes straight on.</p>}
        <ol className="item-list">
          {d.options.map((option, i) => {
            const path = `${base}/data/options/${i}`;
            return (
              <li key={i} className="card">
                <div className="card-head">
                  <span className="card-title">Option {i + 1}</span>
                  <ListControls
                    what="option"
                    index={i}
                    count={d.options.length}
                    onMove={(from, to) => update(movePortItem(node, from, to))}
                    onRemove={(at) => update(removePortItem(node, at))}
                  />
                </div>
                <FieldProblems path={path} />
                <IdField
                  label={`Option ${i + 1} id`}
                  value={option.id}
                  rule={portIdRule(node, i)}
                  path={`${path}/id`}
                  onRename={(to) => update(renamePortItem(node, i, to))}
                />
                <TextField
                  label={`Option ${i + 1} label`}
                  value={option.label}
                  path={`${path}/label`}
                  onChange={(label) => setOption(i, { ...option, label }, 'label')}
                />
                <ExpressionField
                  label={`Condition of option ${i + 1}`}
                  kind="condition"
                  value={option.condition ?? ''}
                  path={`${path}/condition`}
                  onChange={(c) => setOption(i, withOptional(option, 'condition', c), 'condition')}
                />
                <CheckboxField
                  label="Only once (vanishes when taken)"
                  checked={option.once === true}
                  path={`${path}/once`}
                  onChange={(on) => setOption(i, withOptional(option, 'once', on || undefined))}
                />
              </li>
            );
          })}
        </ol>
        <AddButton label="Add option" onClick={() => update(addPortItem(node))} />
      </fieldset>
      <fieldset className="group-box">
        <legend>Continue</legend>
        <FieldProblems path={`${base}/data/continue`} />
        <TextField
          label="Continue label"
          value={d.continue.label}
          path={`${base}/data/continue/label`}
          onChange={(label) => setData({ ...d, continue: { ...d.continue, label } }, '/data/continue/label')}
        />
        <ExpressionField
          label="Continue condition"
          kind="condition"
          value={d.continue.condition ?? ''}
          path={`${base}/data/continue/condition`}
          onChange={(c) => setData({ ...d, continue: withOptional(d.continue, 'condition', c) }, '/data/continue/condition')}
        />
      </fieldset>
    </>
  );
}
