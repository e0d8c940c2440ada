import type {
  EndNode,
  GroupNode,
  NarrationNode,
  ObjectiveKind,
  ObjectiveNode,
  Outcome,
  SetNode,
  StartNode,
} from '@mission-studio/core/format';
import { CheckboxField, SelectField, TextField, type Option } from '../fields';
import { withOptional } from '../list-edit';
import { NumberField } from '../typed-fields';
import { EffectsEditor } from './effects-editor';
import { LinesEditor } from './lines-editor';
import type { NodeFormProps } from './node-form.types';
import { useCastOptions, useFactionOptions, useLocationOptions, useUnitOptions } from './pickers';

const NONE = (label: string): Option[] => [{ value: '', label }];

/** A start: which faction it is for, and its opening text. */
export function StartForm({ node, base, setData }: NodeFormProps<StartNode>) {
  const factions = useFactionOptions();
  return (
    <>
      <SelectField
        label="Faction"
        value={node.data.faction}
        options={factions}
        path={`${base}/data/faction`}
        onChange={(faction) => setData({ ...node.data, faction })}
      />
      <TextField
        label="Opening text"
        multiline
        rows={4}
        value={node.data.text}
        path={`${base}/data/text`}
        onChange={(text) => setData({ ...node.data, text }, '/data/text')}
      />
    </>
  );
}

/** A location picker; "none" removes the location. */
export function LocationField({
  value,
  path,
  onChange,
}: {
  value: string | undefined;
  path: string;
  onChange(location: string | undefined): void;
}) {
  const locations = useLocationOptions();
  return (
    <SelectField
      label="Location"
      value={value ?? ''}
      options={[...NONE('(none)'), ...locations]}
      path={path}
      onChange={(v) => onChange(v || undefined)}
    />
  );
}

/** A narration: an optional speaker (the narrator when none), its lines and where it happens. */
export function NarrationForm({ node, base, setData }: NodeFormProps<NarrationNode>) {
  const cast = useCastOptions();
  return (
    <>
      <SelectField
        label="Speaker"
        value={node.data.speaker ?? ''}
        options={[...NONE('Narrator'), ...cast]}
        path={`${base}/data/speaker`}
        onChange={(v) => setData(withOptional(node.data, 'speaker', v))}
      />
      <LocationField
        value={node.data.location}
        path={`${base}/data/location`}
        onChange={(v) => setData(withOptional(node.data, 'location', v))}
      />
      <LinesEditor lines={node.data.lines} base={base} onChange={(lines, field) => setData({ ...node.data, lines }, field)} />
    </>
  );
}

const OBJECTIVE_KINDS: Option[] = (['talk', 'goto', 'interact', 'escort', 'defend'] as const).map((k) => ({ value: k, label: k }));

/** An objective: its kind, what the tracker says, where, whom, and whether it is optional. */
export function ObjectiveForm({ node, base, setData }: NodeFormProps<ObjectiveNode>) {
  const cast = useCastOptions();
  const units = useUnitOptions();
  const d = node.data;
  return (
    <>
      <SelectField
        label="Kind"
        value={d.kind}
        options={OBJECTIVE_KINDS}
        path={`${base}/data/kind`}
        onChange={(kind) => setData({ ...d, kind: kind as ObjectiveKind })}
      />
      <TextField
        label="Objective text"
        multiline
        value={d.text}
        path={`${base}/data/text`}
        onChange={(text) => setData({ ...d, text }, '/data/text')}
      />
      <LocationField value={d.location} path={`${base}/data/location`} onChange={(v) => setData(withOptional(d, 'location', v))} />
      <SelectField
        label="Target"
        value={d.target ?? ''}
        options={NONE('(none)')}
        groups={[
          { label: 'Cast', options: cast },
          { label: 'Units', options: units },
        ]}
        path={`${base}/data/target`}
        onChange={(v) => setData(withOptional(d, 'target', v))}
      />
      <CheckboxField
        label="Optional objective"
        checked={d.optional === true}
        path={`${base}/data/optional`}
        onChange={(on) => setData(withOptional(d, 'optional', on || undefined))}
      />
    </>
  );
}

/** A set node: the effects it applies, in order. */
export function SetForm({ node, base, setData }: NodeFormProps<SetNode>) {
  return (
    <EffectsEditor
      effects={node.data.effects}
      path={`${base}/data/effects`}
      field="/data/effects"
      onChange={(effects, field) => setData({ ...node.data, effects }, field)}
    />
  );
}

const OUTCOMES: Option[] = [
  { value: 'success', label: 'Success' },
  { value: 'failure', label: 'Failure' },
];

/** An ending: success or failure, and its closing text. */
export function EndForm({ node, base, setData }: NodeFormProps<EndNode>) {
  return (
    <>
      <SelectField
        label="Outcome"
        value={node.data.outcome}
        options={OUTCOMES}
        path={`${base}/data/outcome`}
        onChange={(outcome) => setData({ ...node.data, outcome: outcome as Outcome })}
      />
      <TextField
        label="Closing text"
        multiline
        rows={4}
        value={node.data.text}
        path={`${base}/data/text`}
        onChange={(text) => setData({ ...node.data, text }, '/data/text')}
      />
    </>
  );
}

/** A group: its frame's size on the canvas. */
export function GroupForm({ node, base, setData }: NodeFormProps<GroupNode>) {
  return (
    <div className="field-row">
      <NumberField
        label="Width"
        value={node.data.width}
        rule={{ above: 0 }}
        path={`${base}/data/width`}
        onChange={(width) => width !== undefined && setData({ ...node.data, width }, '/data/width')}
      />
      <NumberField
        label="Height"
        value={node.data.height}
        rule={{ above: 0 }}
        path={`${base}/data/height`}
        onChange={(height) => height !== undefined && setData({ ...node.data, height }, '/data/height')}
      />
    </div>
  );
}
