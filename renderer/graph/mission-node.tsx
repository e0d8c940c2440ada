import { Handle, Position, type NodeProps, type NodeTypes } from '@xyflow/react';
import { memo } from 'react';
import type { MissionFlowNode, ProblemBadge } from './flow-model';
import { NodeIcon } from './node-icon';
import { KIND_STYLES } from './node-kinds';
import { runOverlayAttributes } from '../preview/node-run-overlay';
import { useNodeRunOverlay } from '../preview/use-node-run-overlay';

/** The count of problems on a node, coloured by the worst; named for screen readers ("2 problems"). */
const ProblemCount = memo(function ProblemCount({ badge }: { badge: ProblemBadge }) {
  const name = `${badge.count} problem${badge.count === 1 ? '' : 's'}`;
  return (
    <span className={`node-badge badge-${badge.severity}`} role="img" aria-label={name} title={name}>
      {badge.count}
    </span>
  );
});

/**
 * A flow node: type colour and icon, title, one line of content, an input on the left and one labelled output
 * per port on the right. Everything it shows is computed in flow-model.ts once per change of the node, so a
 * render here only lays out what it is given.
 */
export const MissionNodeView = memo(function MissionNodeView({ id, data, selected }: NodeProps<MissionFlowNode>) {
  const { node, content, ports, hasInput, badge } = data;
  // The preview's run on this node: current node, visits, breakpoint, coverage (data attributes, styled in preview.css).
  const run = useNodeRunOverlay(id);
  return (
    <div className={selected ? 'mission-node selected' : 'mission-node'} data-node-id={id} data-type={node.type} style={KIND_STYLES[node.type]} {...runOverlayAttributes(run)}>
      {hasInput && <Handle type="target" position={Position.Left} className="input-handle" />}
      <div className="node-header">
        <NodeIcon type={node.type} />
        <span className="node-title" title={node.title}>
          {node.title}
        </span>
        {badge && <ProblemCount badge={badge} />}
      </div>
      {content && (
        <div className="node-content" title={content}>
          {content}
        </div>
      )}
      {ports.length > 0 && (
        <ul className="node-ports">
          {ports.map((port) => (
            <li key={port.id} className="node-port">
              <span className="port-label" title={port.label}>
                {port.label}
              </span>
              <Handle type="source" position={Position.Right} id={port.id} isConnectableEnd={false} className="port-handle" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});

/** A group: a titled frame around its child nodes. Only the title bar takes the pointer (drag, select). */
export const GroupNodeView = memo(function GroupNodeView({ id, data, selected }: NodeProps<MissionFlowNode>) {
  const { node, badge } = data;
  return (
    <div className={selected ? 'mission-group selected' : 'mission-group'} data-node-id={id} style={KIND_STYLES.group}>
      <div className="group-label">
        <NodeIcon type="group" />
        <span className="group-title" title={node.title}>
          {node.title}
        </span>
        {badge && <ProblemCount badge={badge} />}
      </div>
    </div>
  );
});

/** The node components React Flow draws, by `type` of the flow node (a module constant: React Flow warns otherwise). */
export const NODE_TYPES: NodeTypes = { mission: MissionNodeView, missionGroup: GroupNodeView };
