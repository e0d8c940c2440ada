import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { GraphCanvas } from './graph-canvas';
import './graph.css';
import { installKindStyles } from './node-kinds';

installKindStyles(document);

/** The Graph region: the mission as nodes and edges on a React Flow canvas, with the node palette. */
export function GraphView() {
  return (
    <section className="panel graph" aria-label="Graph">
      <ReactFlowProvider>
        <GraphCanvas />
      </ReactFlowProvider>
    </section>
  );
}
