// The Outline panel's content (pure): the acts in reading order (core/export/flow-order.ts, as the screenplay
// export reads them), each with its nodes in flow order, type and problem badge.
import type { Mission, NodeType } from '@mission-studio/core/format';
import { flowOrder } from '@mission-studio/core/export';
import type { ProblemBadge } from './flow-model';

/** One node line of the outline. */
export interface OutlineNode {
  id: string;
  title: string;
  type: NodeType;
  badge: ProblemBadge | null;
}

/** One act of the outline: a group (id and title) or, with `id` null, nodes outside any group. */
export interface OutlineAct {
  id: string | null;
  title: string;
  badge: ProblemBadge | null;
  nodes: OutlineNode[];
}

/** The outline of a mission: acts in reading order, their nodes in flow order, with their problem badges. */
export function missionOutline(mission: Mission, badges: ReadonlyMap<string, ProblemBadge>): OutlineAct[] {
  return flowOrder(mission).acts.map((act) => ({
    id: act.group?.id ?? null,
    title: act.group?.title ?? 'Outside any act',
    badge: act.group ? (badges.get(act.group.id) ?? null) : null,
    nodes: act.nodes.map((n) => ({ id: n.id, title: n.title, type: n.type, badge: badges.get(n.id) ?? null })),
  }));
}
