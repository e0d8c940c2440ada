import type { Mission, MissionEdge } from '../format/mission.types';
import { outputPorts } from '../format/ports';
import { edgeLabel } from './node-content';

const labelCache = new WeakMap<Mission, ReadonlyMap<string, string | undefined>>();

/**
 * Each edge's label (see `edgeLabel`), given which edges run in parallel (same source, same target), by edge id;
 * cached per mission (a mission is never mutated, so its identity is its version). The canvas and the exported
 * picture both read it, so they label the same edges.
 */
export function edgeLabels(mission: Mission): ReadonlyMap<string, string | undefined> {
  const cached = labelCache.get(mission);
  if (cached) return cached;
  const byId = new Map(mission.nodes.map((n) => [n.id, n]));
  const bundles = new Map<string, MissionEdge[]>();
  for (const edge of mission.edges) {
    const key = `${edge.source}\n${edge.target}`;
    const bundle = bundles.get(key);
    if (bundle) bundle.push(edge);
    else bundles.set(key, [edge]);
  }
  const labels = new Map<string, string | undefined>();
  for (const bundle of bundles.values()) {
    const source = bundle[0] && byId.get(bundle[0].source);
    if (!source || source.type === 'group') continue;
    // The first in port order carries a bundle's label: the port drawn highest on the node.
    const order = outputPorts(source).map((p) => p.id);
    bundle.sort((a, b) => order.indexOf(a.sourceHandle) - order.indexOf(b.sourceHandle));
    bundle.forEach((edge, i) => labels.set(edge.id, edgeLabel(source, edge.sourceHandle, bundle.length, i === 0)));
  }
  labelCache.set(mission, labels);
  return labels;
}
