import type { Diagnostic } from './diagnostic.types';

const NODE_PATH = /^\/nodes\/(\d+)(?=\/|$)/;
const ITEM_PATH = /^\/(nodes|edges)\/(\d+)(?=\/|$)/;

/**
 * Checks that follow the flow through every node, so a node left out makes them report wrongly (the nodes after
 * it unreachable, the port into it a dead end, the variable only it used unused). They wait for the schema.
 */
const WHOLE_GRAPH_CODES: ReadonlySet<Diagnostic['code']> = new Set([
  'missing-start',
  'unreachable-node',
  'dead-end',
  'no-ending',
  'unused-variable',
]);

/** A mission without the nodes the schema found broken, and where its nodes and edges were in the original. */
export interface PartialMission {
  mission: Record<string, unknown>;
  /** The ids of the nodes left out. */
  brokenIds: ReadonlySet<string>;
  nodeIndexes: number[];
  edgeIndexes: number[];
}

/**
 * When every schema problem lies inside a node, the mission without those nodes (and the edges that touch
 * them), so the other checks can still run on the rest of it. Null when a problem lies outside the nodes (the
 * top level, variables, edges...): then nothing past the schema can be trusted.
 */
export function withoutBrokenNodes(document: unknown, schemaProblems: readonly Diagnostic[]): PartialMission | null {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return null;
  const mission = document as Record<string, unknown>;
  const { nodes, edges } = mission;
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return null;
  const broken = new Set<number>();
  for (const problem of schemaProblems) {
    const match = NODE_PATH.exec(problem.path);
    if (!match) return null;
    broken.add(Number(match[1]));
  }
  const brokenIds = new Set<string>();
  const nodeIndexes: number[] = [];
  for (let n = 0; n < nodes.length; n++) {
    if (!broken.has(n)) nodeIndexes.push(n);
    else {
      const id = (nodes[n] as { id?: unknown } | null)?.id;
      if (typeof id === 'string') brokenIds.add(id);
    }
  }
  const edgeIndexes: number[] = [];
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e] as { source?: unknown; target?: unknown } | null;
    if (!brokenIds.has(String(edge?.source)) && !brokenIds.has(String(edge?.target))) edgeIndexes.push(e);
  }
  return {
    mission: { ...mission, nodes: nodeIndexes.map((n) => nodes[n]), edges: edgeIndexes.map((e) => edges[e]) },
    brokenIds,
    nodeIndexes,
    edgeIndexes,
  };
}

/**
 * The diagnostics of the partial mission, as diagnostics of the whole one: paths point at the original nodes
 * and edges again, and what leaving the broken nodes out would make up is dropped (the whole-graph checks, and
 * references to a left-out node, which exists in the file).
 */
export function inWholeMission(partial: PartialMission, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const mentionsBroken = (message: string): boolean => [...partial.brokenIds].some((id) => message.includes(`'${id}'`));
  const remap = (path: string): string =>
    path.replace(
      ITEM_PATH,
      (_all, kind: string, i: string) => `/${kind}/${(kind === 'nodes' ? partial.nodeIndexes : partial.edgeIndexes)[Number(i)] ?? i}`,
    );
  return diagnostics
    .filter((d) => !WHOLE_GRAPH_CODES.has(d.code) && !(d.code === 'unknown-reference' && mentionsBroken(d.message)))
    .map((d) => ({ ...d, path: remap(d.path), ...(d.details ? { details: d.details.map((x) => ({ ...x, path: remap(x.path) })) } : {}) }));
}
