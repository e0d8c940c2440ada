import { memo, useMemo, type CSSProperties } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { renameNode } from '@mission-studio/core/edit';
import type { MissionNode } from '@mission-studio/core/format';
import { NODE_KINDS } from '../../graph/node-kinds';
import { NodeIcon } from '../../graph/node-icon';
import { useEditor, useServices } from '../../app-context';
import { FieldProblems } from '../field-problems';
import { SelectField, TextField } from '../fields';
import { ID_PATTERN } from '../ids';
import { updateEdit, type NodeUpdate } from '../port-items';
import { parentChoices, reparent } from '../reparent';
import { renameNotice } from '../rename-notice';
import { IdField, TagsField } from '../typed-fields';
import { useNode, useNodeIndex } from '../use-inspector';
import { BranchForm } from './branch-form';
import { CombatForm } from './combat-form';
import { DialogForm } from './dialog-form';
import { HubForm } from './hub-form';
import type { NodeFormProps } from './node-form.types';
import { EndForm, GroupForm, NarrationForm, ObjectiveForm, SetForm, StartForm } from './simple-forms';

const NO_GROUPS: MissionNode[] = [];

/**
 * The form for one node: id, title, group and tags for every type, then the fields of its type. Memoized: a new
 * selection object naming the same node (the canvas re-reports it during a drag) re-renders nothing.
 */
export const NodeInspector = memo(function NodeInspector({ id }: { id: string }) {
  const { store, ui, ctx } = useServices();
  const node = useNode(id);
  const index = useNodeIndex(id);
  // useShallow keeps the array while its group nodes are the same objects; options are made from it after.
  const groupNodes = useEditor(useShallow((s) => (s.doc ? parentChoices(s.doc.mission, id) : NO_GROUPS)));
  const groups = useMemo(() => groupNodes.map((g) => ({ value: g.id, label: g.title || g.id })), [groupNodes]);
  if (!node) return <p className="muted">The selected node is no longer in the mission.</p>;
  const base = `/nodes/${index}`;
  const edit = store.getState().edit;
  const setData = (data: MissionNode['data'], field?: string) =>
    edit({ kind: 'update-node', id, data }, field ? { coalesceKey: `field:${id}:${field}` } : {});
  const update = (u: NodeUpdate) => edit(updateEdit(id, u));
  const taken = { has: (other: string) => store.getState().doc?.mission.nodes.some((n) => n.id === other) ?? false };
  const rename = (to: string) => {
    const mission = store.getState().doc?.mission;
    // One edit renames the node, its edges and every visited("id") in the mission: one undo step.
    const plan = mission && renameNode(mission, id, to);
    if (!plan?.ok) return;
    edit(plan.edit);
    const notice = renameNotice(id, plan.unparsed);
    if (notice) ctx.notify(notice);
    const { selection, select } = ui.getState();
    select({ nodeIds: selection.nodeIds.map((n) => (n === id ? to : n)), edgeIds: selection.edgeIds });
  };
  const setParent = (value: string) => {
    const mission = store.getState().doc?.mission;
    const moved = mission && reparent(mission, id, value || null);
    if (!moved) return;
    // Changing the group changes what the position is relative to: one move-nodes edit does both (one undo step).
    edit({ kind: 'move-nodes', moves: [{ id, position: moved.position, parentId: moved.parentId }] });
  };
  const remove = () => {
    edit({ kind: 'delete', nodeIds: [id], edgeIds: [] });
    ui.getState().select({ nodeIds: [], edgeIds: [] });
  };
  const kind = NODE_KINDS[node.type];
  return (
    <div className="node-inspector" style={{ '--kind': kind.color } as CSSProperties}>
      <div className="node-head">
        <span className="type-badge">
          <NodeIcon type={node.type} />
          {kind.label}
        </span>
        <button type="button" className="danger small-button" onClick={remove}>
          Delete node
        </button>
      </div>
      <FieldProblems path={base} />
      <FieldProblems path={`${base}/data`} />
      <IdField label="Id" value={node.id} rule={{ pattern: ID_PATTERN, taken, what: 'node' }} path={`${base}/id`} onRename={rename} />
      <TextField
        label="Title"
        value={node.title}
        path={`${base}/title`}
        onChange={(title) => edit({ kind: 'update-node', id, title }, { coalesceKey: `field:${id}:/title` })}
      />
      {node.type !== 'group' || groups.length > 0 ? (
        <SelectField
          label="Group"
          value={node.parentId ?? ''}
          options={[{ value: '', label: '(none)' }, ...groups]}
          path={`${base}/parentId`}
          onChange={setParent}
        />
      ) : null}
      <TagsField
        label="Tags"
        value={node.tags ?? []}
        path={`${base}/tags`}
        onChange={(tags) => edit({ kind: 'update-node', id, tags }, { coalesceKey: `field:${id}:/tags` })}
      />
      <div className="type-fields">
        <TypeForm node={node} base={base} setData={setData} update={update} />
      </div>
    </div>
  );
});

function TypeForm(props: NodeFormProps) {
  // Each form sees its own node type; the casts only tell TypeScript what the switch already proved.
  const { node } = props;
  switch (node.type) {
    case 'start':
      return <StartForm {...(props as NodeFormProps<typeof node>)} />;
    case 'narration':
      return <NarrationForm {...(props as NodeFormProps<typeof node>)} />;
    case 'dialog':
      return <DialogForm {...(props as NodeFormProps<typeof node>)} />;
    case 'objective':
      return <ObjectiveForm {...(props as NodeFormProps<typeof node>)} />;
    case 'hub':
      return <HubForm {...(props as NodeFormProps<typeof node>)} />;
    case 'branch':
      return <BranchForm {...(props as NodeFormProps<typeof node>)} />;
    case 'set':
      return <SetForm {...(props as NodeFormProps<typeof node>)} />;
    case 'combat':
      return <CombatForm {...(props as NodeFormProps<typeof node>)} />;
    case 'end':
      return <EndForm {...(props as NodeFormProps<typeof node>)} />;
    case 'group':
      return <GroupForm {...(props as NodeFormProps<typeof node>)} />;
  }
}
