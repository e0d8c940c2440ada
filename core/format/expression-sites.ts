import type { Mission } from './mission.types';

/** One place in a mission that holds an expression: a guard (`condition`) or a state change (`effect`). */
export interface ExpressionSite {
  kind: 'condition' | 'effect';
  text: string;
  /** JSON pointer of the string. */
  path: string;
  nodeId: string;
  nodeIndex: number;
}

/** Calls `visit` for every condition and effect in the mission, in file order. */
export function forEachExpression(mission: Mission, visit: (site: ExpressionSite) => void): void {
  mission.nodes.forEach((node, n) => {
    const base = `/nodes/${n}/data`;
    const site = (kind: ExpressionSite['kind'], text: string | undefined, path: string): void => {
      if (text !== undefined) visit({ kind, text, path, nodeId: node.id, nodeIndex: n });
    };
    const effects = (list: string[] | undefined, path: string): void => {
      list?.forEach((text, i) => site('effect', text, `${path}/${i}`));
    };
    switch (node.type) {
      case 'dialog':
        node.data.choices.forEach((c, i) => {
          site('condition', c.condition, `${base}/choices/${i}/condition`);
          effects(c.effects, `${base}/choices/${i}/effects`);
        });
        break;
      case 'hub':
        node.data.options.forEach((o, i) => site('condition', o.condition, `${base}/options/${i}/condition`));
        site('condition', node.data.continue.condition, `${base}/continue/condition`);
        break;
      case 'branch':
        node.data.cases.forEach((c, i) => site('condition', c.condition, `${base}/cases/${i}/condition`));
        break;
      case 'set':
        effects(node.data.effects, `${base}/effects`);
        break;
      default:
        break;
    }
  });
}
