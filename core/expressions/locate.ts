/**
 * Finds where a rejected construct sits in the text. jsep's nodes carry no positions, so on the error path
 * (only there, to keep the happy path cheap) we walk jsep's tree in text order counting the tokens it was
 * written with, then scan the text with a small lexer that splits it the way jsep does and take the same token.
 */
import jsep from 'jsep';
import type { Anchor } from './convert';
import { known, type JsepNode } from './jsep-node.types';

interface Emission {
  node: JsepNode;
  token: string;
}

/** The 0-based offset in `text` of what `anchor` names in `root` (jsep's tree of `text`), or 0 if not found. */
export function locateAnchor(text: string, root: JsepNode, anchor: Anchor): number {
  const target = anchor.token === undefined ? firstEmission(anchor.node) : { node: anchor.node, token: anchor.token };
  if (!target) return 0;
  let before = 0;
  const found = walkEmissions(root, (e) => {
    if (e.token !== target.token) return false;
    if (e.node === target.node) return true;
    before += 1;
    return false;
  });
  return found ? nthTokenOffset(text, target.token, before) : 0;
}

function firstEmission(node: JsepNode): Emission | undefined {
  let first: Emission | undefined;
  walkEmissions(node, (e) => {
    first = e;
    return true;
  });
  return first;
}

type Item = { node: JsepNode; token: string | null };

/** Calls `visit` on each token `root` was written with, in text order, until it returns true. Iterative: trees can be deep. */
function walkEmissions(root: JsepNode, visit: (e: Emission) => boolean): boolean {
  const stack: Item[] = [{ node: root, token: null }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item.token !== null) {
      if (visit(item as Emission)) return true;
      continue;
    }
    const parts = partsOf(item.node);
    for (let i = parts.length - 1; i >= 0; i -= 1) stack.push(parts[i]!);
  }
  return false;
}

function partsOf(root: JsepNode): Item[] {
  const tok = (token: string): Item => ({ node: root, token });
  const sub = (node: JsepNode): Item => ({ node, token: null });
  const node = known(root);
  switch (node.type) {
    case 'Literal':
      return [tok(node.raw)];
    case 'Identifier':
      return [tok(node.name)];
    case 'ThisExpression':
      return [tok('this')];
    case 'UnaryExpression':
      return [tok(node.operator), sub(node.argument)];
    case 'UpdateExpression':
      return node.prefix ? [tok(node.operator), sub(node.argument)] : [sub(node.argument), tok(node.operator)];
    case 'BinaryExpression':
    case 'AssignmentExpression':
      return [sub(node.left), tok(node.operator), sub(node.right)];
    case 'CallExpression':
      return [sub(node.callee), ...(node.optional ? [tok('?.')] : []), ...node.arguments.map(sub)];
    case 'MemberExpression': {
      const access = node.optional ? (node.computed ? [tok('?.'), tok('[')] : [tok('?.')]) : [tok(node.computed ? '[' : '.')];
      return [sub(node.object), ...access, sub(node.property)];
    }
    case 'ArrayExpression':
      return [tok('['), ...node.elements.filter((e): e is JsepNode => e !== null).map(sub)];
    case 'ConditionalExpression':
      return [sub(node.test), tok('?'), sub(node.consequent), tok(':'), sub(node.alternate)];
    case 'Compound':
      return node.body.map(sub);
    case 'SequenceExpression':
      return node.expressions.map(sub);
  }
  return [];
}

let operatorsByLength: string[] | undefined;

/** jsep's operators plus its punctuation, longest first; read from jsep so plugins' operators are included. */
function operators(): string[] {
  operatorsByLength ??= [
    ...new Set([
      ...Object.keys(jsep.binary_ops),
      ...Object.keys(jsep.unary_ops),
      ...['++', '--', '?.', '?', ':', '(', ')', '[', ']', ',', ';', '.'],
    ]),
  ].sort((a, b) => b.length - a.length);
  return operatorsByLength;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

function isIdentifierStart(c: number): boolean {
  const ch = String.fromCharCode(c);
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 128 && !Object.prototype.hasOwnProperty.call(jsep.binary_ops, ch)) ||
    jsep.additional_identifier_chars.has(ch)
  );
}

/** Offset of the `n`-th (0-based) token spelled `token` in `text`, lexing the way jsep does; 0 if there is none. */
export function nthTokenOffset(text: string, token: string, n: number): number {
  let seen = 0;
  let afterValue = false; // a `.` after a value is member access; elsewhere it starts a number
  let afterNumber = false; // jsep never reads `++` or `--` right after a number: it sees `+ +` or `- -`
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i += 1;
      continue;
    }
    const start = i;
    const wasNumber = afterNumber;
    afterNumber = false;
    if (c === 34 || c === 39) {
      i = endOfString(text, i);
      afterValue = true;
    } else if (isDigit(c) || (c === 46 && !afterValue && isDigit(text.charCodeAt(i + 1)))) {
      i = endOfNumber(text, i);
      afterValue = true;
      afterNumber = true;
    } else if (isIdentifierStart(c)) {
      i += 1;
      while (i < text.length && (isIdentifierStart(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) i += 1;
      afterValue = true;
    } else {
      let op = operators().find((o) => text.startsWith(o, i));
      if (wasNumber && (op === '++' || op === '--')) op = op[0];
      i += op ? op.length : 1;
      afterValue = op === ')' || op === ']';
    }
    if (text.slice(start, i) === token) {
      if (seen === n) return start;
      seen += 1;
    }
  }
  return 0;
}

function endOfString(text: string, from: number): number {
  const quote = text.charCodeAt(from);
  let i = from + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    i += c === 92 ? 2 : 1; // a backslash escapes the next character
    if (c === quote) break;
  }
  return Math.min(i, text.length);
}

function endOfNumber(text: string, from: number): number {
  let i = from;
  while (isDigit(text.charCodeAt(i))) i += 1;
  if (text.charCodeAt(i) === 46) {
    i += 1;
    while (isDigit(text.charCodeAt(i))) i += 1;
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69) {
    i += 1;
    const sign = text.charCodeAt(i);
    if (sign === 43 || sign === 45) i += 1;
    while (isDigit(text.charCodeAt(i))) i += 1;
  }
  return i;
}
