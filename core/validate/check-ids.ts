import type { Diagnostic } from './diagnostic.types';
import type { MissionIndex } from './mission-index';

function duplicates(
  items: ReadonlyArray<{ id: string }>,
  basePath: string,
  what: string,
  extra: (i: number) => Partial<Diagnostic> = () => ({}),
  reserved: ReadonlyMap<string, string> = new Map(),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const reason = reserved.get(item.id);
    if (reason) {
      out.push({ code: 'duplicate-id', severity: 'error', message: `${what} id '${item.id}' ${reason}`, path: `${basePath}/${i}/id`, ...extra(i) });
    } else if (seen.has(item.id)) {
      out.push({ code: 'duplicate-id', severity: 'error', message: `${what} id '${item.id}' is used more than once`, path: `${basePath}/${i}/id`, ...extra(i) });
    }
    seen.add(item.id);
  });
  return out;
}

const BUILT_IN_VARIABLES = new Map([['faction', 'is built in (the player\u2019s faction); pick another name']]);
const HUB_RESERVED = new Map([['continue', "is the hub's own continue port; pick another name"]]);
const BRANCH_RESERVED = new Map([['else', "is the branch's own else port; pick another name"]]);

/** `duplicate-id`: ids must be unique among variables, cast, locations, units, nodes, edges, and a node's ports. */
export function checkIds({ mission }: MissionIndex): Diagnostic[] {
  const out = [
    ...duplicates(mission.variables, '/variables', 'variable', () => ({}), BUILT_IN_VARIABLES),
    ...duplicates(mission.cast, '/cast', 'cast member'),
    ...duplicates(mission.locations, '/locations', 'location'),
    ...duplicates(mission.units, '/units', 'unit'),
    ...duplicates(mission.nodes, '/nodes', 'node', (i) => ({ nodeId: mission.nodes[i]?.id })),
    ...duplicates(mission.edges, '/edges', 'edge', (i) => ({ edgeId: mission.edges[i]?.id })),
  ];
  mission.nodes.forEach((node, n) => {
    const at = { nodeId: node.id };
    if (node.type === 'dialog') out.push(...duplicates(node.data.choices, `/nodes/${n}/data/choices`, 'choice', () => at));
    if (node.type === 'hub') out.push(...duplicates(node.data.options, `/nodes/${n}/data/options`, 'option', () => at, HUB_RESERVED));
    if (node.type === 'branch') out.push(...duplicates(node.data.cases, `/nodes/${n}/data/cases`, 'case', () => at, BRANCH_RESERVED));
  });
  return out;
}
