import { Handle, Position } from '@xyflow/react';
import { useCallback, useContext, useMemo, useState } from 'react';
import './act-collapse.css';
import { ACT_IN, ACT_OUT, CollapsedActsContext, type ActSummary, type CollapsedActs } from './collapsed-acts';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The collapse / expand button on a group frame's title bar (not a drag handle for the frame). */
export function ActToggle({ groupId, title }: { groupId: string; title: string }) {
  const { collapsed, toggle } = useContext(CollapsedActsContext);
  const isCollapsed = collapsed.has(groupId);
  const name = `${isCollapsed ? 'Expand' : 'Collapse'} act ${title}`;
  return (
    <button
      type="button"
      className="act-toggle nodrag nopan"
      aria-label={name}
      aria-expanded={!isCollapsed}
      title={isCollapsed ? 'Expand: show the nodes of this act' : 'Collapse: draw this act as one box with its ways in and out'}
      onClick={() => toggle(groupId)}
    >
      {isCollapsed ? '▸' : '▾'}
    </button>
  );
}

/** A collapsed act's counts, and the two handles its ways in and out are drawn to; nothing when it is expanded. */
export function CollapsedActBody({ groupId }: { groupId: string }) {
  const { collapsed, summaries } = useContext(CollapsedActsContext);
  if (!collapsed.has(groupId)) return null;
  const s: ActSummary = summaries.get(groupId) ?? { nodes: 0, waysIn: 0, waysOut: 0 };
  return (
    <>
      <div className="act-summary">
        {plural(s.nodes, 'node')} · {plural(s.waysIn, 'way')} in · {plural(s.waysOut, 'way')} out
      </div>
      <Handle type="target" id={ACT_IN} position={Position.Left} isConnectable={false} className="act-handle" />
      <Handle type="source" id={ACT_OUT} position={Position.Right} isConnectable={false} className="act-handle" />
    </>
  );
}

/**
 * Which acts are collapsed: view state, not in the file, kept while the same file is open (`fileKey`: its
 * name; a new or other file starts with every act open).
 */
export function useCollapsedActs(
  fileKey: string | null,
): Pick<CollapsedActs, 'collapsed' | 'toggle'> & { expand(groupIds: readonly string[]): void } {
  const [state, setState] = useState<{ fileKey: string | null; collapsed: ReadonlySet<string> }>({ fileKey, collapsed: new Set() });
  let collapsed = state.collapsed;
  if (state.fileKey !== fileKey) {
    // React's "adjust state when a prop changes" pattern: the other file's first frame is already all open.
    collapsed = new Set();
    setState({ fileKey, collapsed });
  }
  const toggle = useCallback((groupId: string) => {
    setState((s) => {
      const next = new Set(s.collapsed);
      if (!next.delete(groupId)) next.add(groupId);
      return { ...s, collapsed: next };
    });
  }, []);
  // Revealing a node inside collapsed acts opens them (and only them): the node must be on show to be shown.
  const expand = useCallback((groupIds: readonly string[]) => {
    setState((s) => {
      if (!groupIds.some((id) => s.collapsed.has(id))) return s;
      const next = new Set(s.collapsed);
      for (const id of groupIds) next.delete(id);
      return { ...s, collapsed: next };
    });
  }, []);
  return useMemo(() => ({ collapsed, toggle, expand }), [collapsed, toggle, expand]);
}
