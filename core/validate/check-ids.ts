import type { Diagnostic } from './diagnostic.types';
import type { MissionIndex } from './mission-index';

const BUILT_IN_VARIABLES = new Map([['faction', 'is built in (the player\u2019s faction); pick another name']]);
const HUB_RESERVED = new Map([['continue', "is the hub's own continue port; pick another name"]]);
const BRANCH_RESERVED = new Map([['else', "is the branch's own else port; pick another name"]]);
const NO_RESERVED = new Map<string, string>();

function duplicates(
  out: Diagnostic[],
  items: ReadonlyArray<{ id: string }>,
  basePath: string,
  what: string,
  nodeId?: string,
  reserved: ReadonlyMap<string, string> = NO_RESERVED,
): void {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const id = (items[i] as { id: string }).id;
    const reason = reserved.get(id) ?? (seen.has(id) ? 'is used more than once' : undefined);
    if (reason)
      out.push({ code: 'duplicate-id', severity: 'error', message: `${what} id '${id}' ${reason}`, path: `${basePath}/${i}/id`, nodeId });
    seen.add(id);
  }
}

/** `duplicate-id`: ids must be unique among variables, cast, locations, units, nodes, edges, and a node's ports. */
export function checkIds({ mission, duplicateNodes }: MissionIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  duplicates(out, mission.variables, '/variables', 'variable', undefined, BUILT_IN_VARIABLES);
  duplicates(out, mission.cast, '/cast', 'cast member');
  duplicates(out, mission.locations, '/locations', 'location');
  duplicates(out, mission.units, '/units', 'unit');
  for (const n of duplicateNodes) {
    const id = mission.nodes[n]?.id ?? '';
    out.push({
      code: 'duplicate-id',
      severity: 'error',
      message: `node id '${id}' is used more than once`,
      path: `/nodes/${n}/id`,
      nodeId: id,
    });
  }
  const edgeIds = new Set<string>();
  for (let e = 0; e < mission.edges.length; e++) {
    const id = (mission.edges[e] as { id: string }).id;
    if (edgeIds.has(id)) {
      out.push({
        code: 'duplicate-id',
        severity: 'error',
        message: `edge id '${id}' is used more than once`,
        path: `/edges/${e}/id`,
        edgeId: id,
      });
    }
    edgeIds.add(id);
  }
  for (let n = 0; n < mission.nodes.length; n++) {
    const node = mission.nodes[n] as (typeof mission.nodes)[number];
    if (node.type === 'dialog' && node.data.choices.length > 1)
      duplicates(out, node.data.choices, `/nodes/${n}/data/choices`, 'choice', node.id);
    else if (node.type === 'hub') duplicates(out, node.data.options, `/nodes/${n}/data/options`, 'option', node.id, HUB_RESERVED);
    else if (node.type === 'branch') duplicates(out, node.data.cases, `/nodes/${n}/data/cases`, 'case', node.id, BRANCH_RESERVED);
  }
  return out;
}
