/**
 * Turns jsep's tree into our own `Expr`, accepting only the language's constructs. Everything else becomes a
 * `Rejection` naming the piece of text to blame, so `parse.ts` can turn it into an offset (on the error path only).
 */
import { isBinaryOp, VISITED, type AssignOp, type EffectExpr, type Expr } from './ast.types';
import { known, type JsepNode } from './jsep-node.types';

/** Deeper trees are refused so that every recursive walk over an `Expr` stays far from the stack limit. */
export const MAX_DEPTH = 200;

/** What to point at: the token `token` written by `node`, or (no token) the first token of `node`'s text. */
export interface Anchor {
  node: JsepNode;
  token?: string;
}

/** Thrown inside the converter when a construct is not part of the language; caught by the parser. */
export class Rejection {
  constructor(
    readonly message: string,
    readonly anchor: Anchor | null,
  ) {}
}

const ASSIGN_OPS: ReadonlySet<string> = new Set<AssignOp>(['=', '+=', '-=']);

/** Converts a condition (or any expression) tree; throws `Rejection`. */
export function convertCondition(root: JsepNode): Expr {
  return convert(root, 0);
}

/** Converts an effect tree, which must be `name = expr`, `name += expr` or `name -= expr`; throws `Rejection`. */
export function convertEffect(root: JsepNode): EffectExpr {
  const node = known(root);
  switch (node.type) {
    case 'AssignmentExpression': {
      if (!ASSIGN_OPS.has(node.operator)) {
        throw new Rejection(`Operator ${node.operator} is not supported in effects; use =, += or -=`, {
          node: root,
          token: node.operator,
        });
      }
      const left = known(node.left);
      if (left.type !== 'Identifier') {
        throw new Rejection('Only a variable can be assigned, e.g. coalition += 1', { node: node.left });
      }
      if (left.name === VISITED) {
        throw new Rejection('visited is the built-in function and cannot be assigned', { node: node.left });
      }
      if (known(node.right).type === 'AssignmentExpression') {
        throw new Rejection('An effect makes one assignment; write each on its own line', { node: node.right });
      }
      return { target: left.name, op: node.operator as AssignOp, value: convert(node.right, 1) };
    }
    case 'BinaryExpression':
      if (node.operator === '==') {
        throw new Rejection('== compares; use = to assign', { node: root, token: '==' });
      }
      break;
    case 'Compound':
      if (node.body.length !== 1) break;
      return convertEffect(node.body[0]!);
    case 'UpdateExpression':
      throw new Rejection(`${node.operator} is not supported; write x += 1 or x -= 1`, {
        node: root,
        token: node.operator,
      });
  }
  if (node.type === 'Compound' && node.body.length === 0) {
    throw new Rejection('Expected an assignment, e.g. hasStemBolts = true', null);
  }
  if (node.type === 'Compound') throw severalExpressions(node.body, 'Write one effect per line');
  throw new Rejection('An effect must assign a variable, e.g. coalition += 1 or rank = "captain"', { node: root });
}

function convert(root: JsepNode, depth: number): Expr {
  if (depth > MAX_DEPTH) {
    throw new Rejection(`Expression is nested too deeply (more than ${MAX_DEPTH} levels)`, null);
  }
  const node = known(root);
  const next = depth + 1;
  switch (node.type) {
    case 'Literal':
      return convertLiteral(root, node.value, node.raw);
    case 'Identifier':
      if (node.name === VISITED) {
        throw new Rejection('visited needs a node id in quotes, e.g. visited("bridge")', { node: root });
      }
      return { kind: 'var', name: node.name };
    case 'UnaryExpression':
      if (node.operator === '!') return { kind: 'not', arg: convert(node.argument, next) };
      if (node.operator === '-') return { kind: 'neg', arg: convert(node.argument, next) };
      throw new Rejection(`Unary ${node.operator} is not supported`, { node: root, token: node.operator });
    case 'BinaryExpression': {
      const left = convert(node.left, next);
      const op = node.operator;
      if (!isBinaryOp(op)) throw new Rejection(unsupportedOperator(op), { node: root, token: op });
      return { kind: 'binary', op, left, right: convert(node.right, next) };
    }
    case 'CallExpression':
      return convertCall(root, node.callee, node.arguments, node.optional === true);
    case 'AssignmentExpression':
      convert(node.left, next); // report an earlier mistake first, if there is one
      throw new Rejection(`${node.operator} assigns a value and cannot be used here; use == to compare`, {
        node: root,
        token: node.operator,
      });
    case 'UpdateExpression':
      throw new Rejection(`${node.operator} is not supported; write an effect such as x += 1`, {
        node: root,
        token: node.operator,
      });
    case 'MemberExpression': {
      convert(node.object, next);
      const token = node.optional ? '?.' : node.computed ? '[' : '.';
      const what = node.computed ? 'Indexing (a[b])' : 'Property access (a.b)';
      throw new Rejection(`${what} is not supported; use a plain variable name`, { node: root, token });
    }
    case 'ThisExpression':
      throw new Rejection('this is not supported; use a variable name', { node: root, token: 'this' });
    case 'ArrayExpression':
      throw new Rejection('Arrays are not supported', { node: root, token: '[' });
    case 'ConditionalExpression':
      convert(node.test, next);
      throw new Rejection('The ?: operator is not supported; use a branch node', { node: root, token: '?' });
    case 'Compound':
      if (node.body.length === 1) return convert(node.body[0]!, depth);
      if (node.body.length === 0) throw new Rejection('Expected an expression', null);
      throw severalExpressions(node.body, SEVERAL);
    case 'SequenceExpression':
      throw severalExpressions(node.expressions, SEVERAL);
  }
  throw new Rejection(`Unsupported syntax (${String(root.type)})`, { node: root });
}

function convertLiteral(root: JsepNode, value: unknown, raw: string): Expr {
  if (typeof value === 'boolean' || typeof value === 'string') return { kind: 'literal', value };
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return { kind: 'literal', value };
    throw new Rejection(`Number ${raw} is too large`, { node: root, token: raw });
  }
  if (value === null) {
    throw new Rejection('null is not supported; use false, 0 or ""', { node: root, token: raw });
  }
  throw new Rejection(`Unsupported literal ${raw}`, { node: root, token: raw });
}

function convertCall(root: JsepNode, calleeNode: JsepNode, args: JsepNode[], optional: boolean): Expr {
  const callee = known(calleeNode);
  if (callee.type !== 'Identifier' || callee.name !== VISITED) {
    throw new Rejection('Function calls are not supported; the only function is visited("nodeId")', {
      node: calleeNode,
    });
  }
  if (optional) throw new Rejection('?. is not supported; write visited("nodeId")', { node: root, token: '?.' });
  const first = args[0];
  const arg = first === undefined ? undefined : known(first);
  if (args.length === 1 && arg?.type === 'Literal' && typeof arg.value === 'string') {
    return { kind: 'visited', nodeId: arg.value };
  }
  const message = 'visited takes exactly one node id in quotes, e.g. visited("bridge")';
  // Point at the bad argument when there is exactly one; otherwise at the word visited itself.
  throw new Rejection(message, { node: args.length === 1 && first ? first : calleeNode });
}

function unsupportedOperator(op: string): string {
  if (op === '===') return 'Operator === is not supported; use ==';
  if (op === '!==') return 'Operator !== is not supported; use !=';
  return `Operator ${op} is not supported`;
}

const SEVERAL = 'Write a single expression: this text holds several (separated by a comma, a semicolon or a space)';

function severalExpressions(parts: JsepNode[], message: string): Rejection {
  const second = parts[1];
  return new Rejection(message, second ? { node: second } : null);
}
