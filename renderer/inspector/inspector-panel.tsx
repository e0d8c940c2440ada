import { useEditor } from '../app-context';

/** The Inspector region: the selected node (the full per-type forms replace this). */
export function InspectorPanel() {
  const node = useEditor((s) => s.doc?.mission.nodes.find((n) => n.id === s.selection.nodeIds[0]));
  return (
    <section className="panel inspector" aria-label="Inspector">
      <h2>Inspector</h2>
      {node ? <p>{node.title}</p> : <p className="muted">Select a node to edit it.</p>}
    </section>
  );
}
