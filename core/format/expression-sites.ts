import type { Mission } from './mission.types';

/** One place in a mission that holds an expression: a guard (`condition`) or a state change (`effect`). */
export interface ExpressionSite {
  kind: 'condition' | 'effect';
  text: string;
  nodeIndex: number;
  nodeId: string;
  /** Which list of the node's data holds it (`continue` for a hub's continue condition). */
  field: 'choices' | 'options' | 'cases' | 'effects' | 'continue';
  /** Index in that list (unused for `continue`; for a set node's effects, the effect's index). */
  item: number;
  /** For a choice's effects, the effect's index; -1 otherwise. */
  effect: number;
}

/** JSON pointer of a site's string. Built only when needed: the validator visits every site on each keystroke. */
export function sitePath(site: ExpressionSite): string {
  const base = `/nodes/${site.nodeIndex}/data`;
  if (site.field === 'continue') return `${base}/continue/condition`;
  if (site.field === 'effects') return `${base}/effects/${site.item}`;
  if (site.effect >= 0) return `${base}/${site.field}/${site.item}/effects/${site.effect}`;
  return `${base}/${site.field}/${site.item}/condition`;
}

/**
 * Calls `visit` for every condition and effect in the mission, in file order. The site object is reused
 * between calls to spare allocations: copy what you keep.
 */
export function forEachExpression(mission: Mission, visit: (site: ExpressionSite) => void): void {
  const site: ExpressionSite = { kind: 'condition', text: '', nodeIndex: 0, nodeId: '', field: 'choices', item: 0, effect: -1 };
  const nodes = mission.nodes;
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n] as Mission['nodes'][number];
    site.nodeIndex = n;
    site.nodeId = node.id;
    site.effect = -1;
    if (node.type === 'dialog') {
      site.field = 'choices';
      const choices = node.data.choices;
      for (let i = 0; i < choices.length; i++) {
        const choice = choices[i] as (typeof choices)[number];
        site.item = i;
        site.effect = -1;
        if (choice.condition !== undefined) {
          site.kind = 'condition';
          site.text = choice.condition;
          visit(site);
        }
        const effects = choice.effects;
        if (!effects) continue;
        site.kind = 'effect';
        for (let j = 0; j < effects.length; j++) {
          site.effect = j;
          site.text = effects[j] as string;
          visit(site);
        }
      }
    } else if (node.type === 'hub') {
      site.kind = 'condition';
      site.field = 'options';
      const options = node.data.options;
      for (let i = 0; i < options.length; i++) {
        const condition = options[i]?.condition;
        if (condition === undefined) continue;
        site.item = i;
        site.text = condition;
        visit(site);
      }
      if (node.data.continue.condition !== undefined) {
        site.field = 'continue';
        site.text = node.data.continue.condition;
        visit(site);
      }
    } else if (node.type === 'branch') {
      site.kind = 'condition';
      site.field = 'cases';
      const cases = node.data.cases;
      for (let i = 0; i < cases.length; i++) {
        site.item = i;
        site.text = (cases[i] as (typeof cases)[number]).condition;
        visit(site);
      }
    } else if (node.type === 'set') {
      site.kind = 'effect';
      site.field = 'effects';
      const effects = node.data.effects;
      for (let i = 0; i < effects.length; i++) {
        site.item = i;
        site.text = effects[i] as string;
        visit(site);
      }
    }
  }
}
