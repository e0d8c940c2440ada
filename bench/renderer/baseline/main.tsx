// The renderer benchmark's baseline: the same generated mission drawn by a bare React Flow with its default
// nodes (title as label) and the same canvas furniture as the app (dots, controls, minimap), in a canvas sized
// like the app's (`?w=&h=`); `&visible=1` draws only the nodes in view; without `bench`, Second Wave. Built by bench/renderer/build-baseline.ts;
// never part of the app.
import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { loadMission } from '@mission-studio/core/format';
import { generateMission } from '@mission-studio/core/test-support';
import secondWave from '../../../missions/second-wave.mission.json?raw';

const params = new URLSearchParams(window.location.search);
const count = params.get('bench');
const width = Number(params.get('w') ?? '1000');
const height = Number(params.get('h') ?? '600');

const mission = count ? generateMission({ nodes: Number(count) }) : loadMission(secondWave).mission!;
const nodes: Node[] = mission.nodes.map((n) => ({ id: n.id, position: n.position, data: { label: n.title } }));
// Default nodes have one unnamed output handle: edges leave from it rather than from a named port.
const edges: Edge[] = mission.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
performance.mark('bench:open');

createRoot(document.getElementById('root')!).render(
  <div style={{ width, height }}>
    <ReactFlow
      onlyRenderVisibleElements={params.has('visible')}
      defaultNodes={nodes}
      defaultEdges={edges}
      minZoom={0.05}
      maxZoom={2.5}
      fitView
      fitViewOptions={{ padding: 0.08 }}
      colorMode="dark"
    >
      <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
      <Controls position="bottom-left" />
      <MiniMap pannable zoomable position="bottom-right" />
    </ReactFlow>
  </div>,
);
