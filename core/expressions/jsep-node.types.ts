/** The slice of jsep's syntax tree this module reads, typed narrowly so the converter needs no `any`. */
import type jsep from 'jsep';

/** Any node jsep (with the assignment and ternary plugins) can return. */
export type JsepNode = jsep.Expression;

/** The node types the converter and the locator look inside, keyed by `type`. */
export interface JsepNodes {
  Literal: { type: 'Literal'; value: unknown; raw: string };
  Identifier: { type: 'Identifier'; name: string };
  ThisExpression: { type: 'ThisExpression' };
  UnaryExpression: { type: 'UnaryExpression'; operator: string; argument: JsepNode };
  BinaryExpression: { type: 'BinaryExpression'; operator: string; left: JsepNode; right: JsepNode };
  AssignmentExpression: { type: 'AssignmentExpression'; operator: string; left: JsepNode; right: JsepNode };
  UpdateExpression: { type: 'UpdateExpression'; operator: string; argument: JsepNode; prefix: boolean };
  CallExpression: { type: 'CallExpression'; callee: JsepNode; arguments: JsepNode[]; optional?: boolean };
  MemberExpression: {
    type: 'MemberExpression';
    object: JsepNode;
    property: JsepNode;
    computed: boolean;
    optional?: boolean;
  };
  ArrayExpression: { type: 'ArrayExpression'; elements: (JsepNode | null)[] };
  ConditionalExpression: { type: 'ConditionalExpression'; test: JsepNode; consequent: JsepNode; alternate: JsepNode };
  Compound: { type: 'Compound'; body: JsepNode[] };
  SequenceExpression: { type: 'SequenceExpression'; expressions: JsepNode[] };
}

/** A jsep node of a type we know, so a `switch (node.type)` narrows it; unknown types reach `default`. */
export type KnownJsepNode = JsepNodes[keyof JsepNodes];

/** Views a jsep node as the union above (jsep's own typing is one loose interface). */
export function known(node: JsepNode): KnownJsepNode {
  return node as unknown as KnownJsepNode;
}
