import type { Choice, DialogNode } from '@mission-studio/core/format';
import { ExpressionField } from '../expression-field';
import { FieldProblems } from '../field-problems';
import { SelectField, TextField } from '../fields';
import { withOptional } from '../list-edit';
import { addPortItem, movePortItem, portIdRule, removePortItem, renamePortItem, replacePortItem } from '../port-items';
import { IdField } from '../typed-fields';
import { EffectsEditor } from './effects-editor';
import { LinesEditor } from './lines-editor';
import { AddButton, ListControls } from './list-controls';
import type { NodeFormProps } from './node-form.types';
import { useCastOptions } from './pickers';
import { LocationField } from './simple-forms';

/** A dialog: who speaks, where, the lines, and the player's choices (each choice is an output port). */
export function DialogForm({ node, base, setData, update }: NodeFormProps<DialogNode>) {
  const cast = useCastOptions();
  const d = node.data;
  return (
    <>
      <SelectField
        label="Speaker"
        value={d.speaker}
        options={cast}
        path={`${base}/data/speaker`}
        onChange={(speaker) => setData({ ...d, speaker })}
      />
      <LocationField value={d.location} path={`${base}/data/location`} onChange={(v) => setData(withOptional(d, 'location', v))} />
      <LinesEditor lines={d.lines} base={base} onChange={(lines, field) => setData({ ...d, lines }, field)} />
      <fieldset className="group-box">
        <legend>Choices</legend>
        <ol className="item-list">
          {d.choices.map((choice, i) => (
            <ChoiceCard key={i} node={node} base={base} index={i} choice={choice} setData={setData} update={update} />
          ))}
        </ol>
        <AddButton label="Add choice" onClick={() => update(addPortItem(node))} />
      </fieldset>
    </>
  );
}

function ChoiceCard({ node, base, index, choice, setData, update }: NodeFormProps<DialogNode> & { index: number; choice: Choice }) {
  const path = `${base}/data/choices/${index}`;
  const field = `/data/choices/${index}`;
  const n = index + 1;
  const set = (next: Choice, sub?: string) => {
    const { data } = replacePortItem(node, index, next);
    setData(data as DialogNode['data'], sub && `${field}/${sub}`);
  };
  return (
    <li className="card">
      <div className="card-head">
        <span className="card-title">Choice {n}</span>
        <ListControls
          what="choice"
          index={index}
          count={node.data.choices.length}
          minCount={1}
          onMove={(from, to) => update(movePortItem(node, from, to))}
          onRemove={(at) => update(removePortItem(node, at))}
        />
      </div>
      <FieldProblems path={path} />
      <IdField
        label={`Choice ${n} id`}
        value={choice.id}
        rule={portIdRule(node, index)}
        path={`${path}/id`}
        onRename={(to) => update(renamePortItem(node, index, to))}
      />
      <TextField
        label={`Choice ${n} text`}
        multiline
        value={choice.text}
        path={`${path}/text`}
        onChange={(text) => set({ ...choice, text }, 'text')}
      />
      <ExpressionField
        label={`Condition of choice ${n}`}
        kind="condition"
        value={choice.condition ?? ''}
        path={`${path}/condition`}
        onChange={(c) => set(withOptional(choice, 'condition', c), 'condition')}
      />
      <EffectsEditor
        effects={choice.effects ?? []}
        path={`${path}/effects`}
        field={`${field}/effects`}
        owner={`choice ${n}`}
        onChange={(effects, sub) => {
          const { data } = replacePortItem(node, index, withOptional(choice, 'effects', effects.length > 0 ? effects : undefined));
          setData(data as DialogNode['data'], sub);
        }}
      />
    </li>
  );
}
