import type { MissionNode } from '../../core/format/mission.types';
import { useEditor } from '../app-context';

// Selectors must return stable values: a fresh [] on each call would re-render forever.
const NO_NODES: MissionNode[] = [];

/** The Graph region (the React Flow canvas replaces this list). */
export function GraphView() {
  const nodes = useEditor((s) => s.doc?.mission.nodes ?? NO_NODES);
  return (
    <section className="panel graph" aria-label="Graph">
      <ul>
        {nodes.map((n) => (
          <li key={n.id} data-node-id={n.id}>
            {n.title}
          </li>
        ))}
      </ul>
    </section>
  );
}
