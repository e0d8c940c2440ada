import { Handle, Position, type NodeProps, type NodeTypes } from '@xyflow/react';
import { memo, useContext } from 'react';
import { flowNodeHeight } from '@mission-studio/core/graph';
import { plural } from '@mission-studio/core/strings';
import { PresenceMarks } from '../collab/presence-marks';
import { runOverlayAttributes } from '../preview/node-run-overlay';
import { useNodeRunOverlay } from '../preview/use-node-run-overlay';
import type { MissionFlowNode, ProblemBadge } from './flow-model';
import { DetailLevelContext } from './level-of-detail';
import { portHandleStyle } from './node-geometry';
import { ActToggle, CollapsedActBody } from './act-collapse';

/** The count of problems on a node, coloured by the worst; named for screen readers ("2 problems"). */
const ProblemCount = memo(function ProblemCount({ badge }: { badge: ProblemBadge }) {
  const name = plural(badge.count, 'problem');
  return (
    <span className={`node-badge badge-${badge.severity}`} role="img" aria-label={name} title={name}>
      {badge.count}
    </span>
  );
});

/**
 * A flow node: type colour and glyph, title, one line of content, an input on the left and one labelled output
 * per port on the right. Everything it shows is computed in flow-model.ts once per change of the node, and the
 * markup is kept small (a thousand of these must cost little more than React Flow's default nodes).
 */
/** A node's output handles, placed by row geometry at every level of detail (edges attach to them). */
function OutputHandles({ ports, contentLines }: { ports: MissionFlowNode['data']['ports']; contentLines: number }) {
  return ports.map((port, i) => (
    <Handle
      key={port.id}
      type="source"
      position={Position.Right}
      id={port.id}
      isConnectableEnd={false}
      className="port-handle"
      style={portHandleStyle(i, contentLines)}
    />
  ));
}

const MissionNodeView = memo(function MissionNodeView({ id, data, selected }: NodeProps<MissionFlowNode>) {
  const { node, title, summary, contentLines, ports, portLabels, hasInput, badge } = data;
  // The preview's marks (current node, visits, breakpoint, coverage): one subscription that changes only with them.
  const overlay = useNodeRunOverlay(id);
  const level = useContext(DetailLevelContext);
  let className = 'mission-node';
  if (selected) className += ' selected';
  if (badge) className += ' has-badge';
  if (level !== 'full') {
    // Zoomed out: the same box and handles (edges keep their ends), holding only the whole title (in overview,
    // a coloured bar whose title shows on hover). Far fewer elements to lay out and paint per node.
    return (
      <div
        className={`${className} node-chip`}
        data-node-id={id}
        data-kind={node.type}
        style={{ height: flowNodeHeight(contentLines, ports.length) }}
        {...runOverlayAttributes(overlay)}
      >
        {hasInput && <Handle type="target" position={Position.Left} className="input-handle" />}
        {badge && <ProblemCount badge={badge} />}
        <PresenceMarks nodeId={id} />
        {level === 'chips' ? (
          <div className="node-title chip-title">{node.title}</div>
        ) : (
          // The title stays in the node's text, unseen: screen readers and Find read every node at every zoom.
          <div className="chip-bar" title={node.title}>
            <span className="chip-bar-title">{node.title}</span>
          </div>
        )}
        <OutputHandles ports={ports} contentLines={contentLines} />
      </div>
    );
  }
  // Text rows first (inside one clipping body), then the output handles, placed by row geometry.
  return (
    <div className={className} data-node-id={id} data-kind={node.type} {...runOverlayAttributes(overlay)}>
      {hasInput && <Handle type="target" position={Position.Left} className="input-handle" />}
      {badge && <ProblemCount badge={badge} />}
      <PresenceMarks nodeId={id} />
      <div className="node-body">
        <div className="node-title" title={title === node.title ? undefined : node.title}>
          {title}
        </div>
        {contentLines > 0 && (
          <div className="node-content" title={summary.replace('\n', ' ') === data.content ? undefined : data.content}>
            {summary}
          </div>
        )}
        {ports.map((port, i) => (
          <div key={port.id} className="node-port" title={portLabels[i] === port.label ? undefined : port.label}>
            {portLabels[i]}
          </div>
        ))}
      </div>
      <OutputHandles ports={ports} contentLines={contentLines} />
    </div>
  );
});

/** A group: a titled frame around its child nodes. Only the title bar takes the pointer (drag, select). */
const GroupNodeView = memo(function GroupNodeView({ id, data, selected }: NodeProps<MissionFlowNode>) {
  const { node, badge } = data;
  const level = useContext(DetailLevelContext);
  return (
    <div className={selected ? 'mission-group selected' : 'mission-group'} data-node-id={id} data-kind="group">
      <div className="group-label">
        {/* Zoomed out, the act titles drawn over the canvas carry the toggle (act-titles.tsx). */}
        {level === 'full' && <ActToggle groupId={id} title={node.title} />}
        <span className="group-title" title={node.title}>
          {node.title}
        </span>
        {badge && <ProblemCount badge={badge} />}
      </div>
      <CollapsedActBody groupId={id} />
    </div>
  );
});

/** The node components React Flow draws, by `type` of the flow node (a module constant: React Flow warns otherwise). */
export const NODE_TYPES: NodeTypes = { mission: MissionNodeView, missionGroup: GroupNodeView };
