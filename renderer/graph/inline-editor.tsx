import { useReactFlow, ViewportPortal, type Node } from '@xyflow/react';
import { useCallback, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactElement } from 'react';
import { inlineText, inlineTextEdit, type InlineField } from '@mission-studio/core/edit';
import { useServices } from '../app-context';
import { canEdit } from '../state/editor-store';
import './inline-editor.css';

/** An open in-place editor: which node and field, the text it started from, and the row it covers (flow px). */
interface Open {
  nodeId: string;
  field: InlineField;
  text: string;
  box: { x: number; y: number; width: number; height: number };
  font: { fontSize: string; fontWeight: string; lineHeight: string };
}

const LABELS: Record<InlineField, string> = { title: 'Node title', 'first-line': 'Node first line' };

/** The row a double-click landed on: a full node's title or its content line (chips and bars have no editor). */
function fieldAt(target: EventTarget): { field: InlineField; row: HTMLElement } | null {
  if (!(target instanceof Element)) return null;
  const title = target.closest<HTMLElement>('.node-title:not(.chip-title)');
  if (title) return { field: 'title', row: title };
  const content = target.closest<HTMLElement>('.node-content');
  return content ? { field: 'first-line', row: content } : null;
}

/**
 * Editing a node's title or first line in place: double-click the row, type, Enter keeps it as one undoable
 * edit (leaving the field keeps it too), Escape drops it. One input for the whole canvas, laid over the row in
 * the viewport (so it pans and zooms with it), opened by React Flow's node double-click: nodes carry nothing
 * for it, so a thousand of them cost no more.
 */
export function useInlineEditor(): { onNodeDoubleClick(event: MouseEvent, node: Node): void; element: ReactElement | null } {
  const { store } = useServices();
  const flow = useReactFlow();
  const [open, setOpen] = useState<Open | null>(null);
  const cancelled = useRef(false);

  const onNodeDoubleClick = useCallback(
    (event: MouseEvent, flowNode: Node) => {
      const state = store.getState();
      const node = state.doc?.mission.nodes.find((n) => n.id === flowNode.id);
      const hit = fieldAt(event.target);
      if (!node || !hit || !canEdit(state)) return;
      const text = inlineText(node, hit.field);
      if (text === null) return;
      const rect = hit.row.getBoundingClientRect();
      const zoom = flow.getZoom();
      const at = flow.screenToFlowPosition({ x: rect.left, y: rect.top }, { snapToGrid: false });
      const style = getComputedStyle(hit.row);
      cancelled.current = false;
      setOpen({
        nodeId: node.id,
        field: hit.field,
        text,
        box: { ...at, width: rect.width / zoom, height: rect.height / zoom },
        font: { fontSize: style.fontSize, fontWeight: style.fontWeight, lineHeight: style.lineHeight },
      });
    },
    [store, flow],
  );

  const finish = useCallback(
    (event: FocusEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setOpen(null);
      const state = store.getState();
      const node = open && state.doc?.mission.nodes.find((n) => n.id === open.nodeId);
      if (cancelled.current || !open || !node || !canEdit(state)) return;
      const edit = inlineTextEdit(node, open.field, value);
      if (edit) state.edit(edit);
    },
    [store, open],
  );
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation(); // Delete, Backspace, Escape and Mod+Z belong to this text, not to the canvas
    if (event.key === 'Escape') cancelled.current = true;
    if (event.key === 'Escape' || event.key === 'Enter') {
      event.preventDefault();
      event.currentTarget.blur();
    }
  }, []);

  const element = open ? (
    <ViewportPortal>
      <input
        key={`${open.nodeId}/${open.field}`}
        className="inline-editor nodrag nopan nowheel"
        aria-label={LABELS[open.field]}
        defaultValue={open.text}
        maxLength={20000}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onKeyDown={onKeyDown}
        onBlur={finish}
        style={{ transform: `translate(${open.box.x}px, ${open.box.y}px)`, width: open.box.width, height: open.box.height, ...open.font }}
      />
    </ViewportPortal>
  ) : null;
  return { onNodeDoubleClick, element };
}
