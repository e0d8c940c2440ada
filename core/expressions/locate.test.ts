import jsep from 'jsep';
import { describe, expect, it } from 'vitest';
import { known } from './jsep-node.types';
import { locateAnchor, nthTokenOffset } from './locate';
import './parse'; // registers the assignment plugin, as in production

describe('nthTokenOffset', () => {
  it('finds the n-th occurrence of a token, skipping look-alikes inside strings', () => {
    const text = '"a % b" + n % 2 % 3';
    expect(nthTokenOffset(text, '%', 0)).toBe(12);
    expect(nthTokenOffset(text, '%', 1)).toBe(16);
    expect(nthTokenOffset(text, '%', 2)).toBe(0);
  });

  it('reads a dot after a value as member access and elsewhere as part of a number', () => {
    expect(nthTokenOffset('1.5 + a.b', '.', 0)).toBe(7);
    expect(nthTokenOffset('x + .5 + (a).b', '.', 0)).toBe(12);
    expect(nthTokenOffset('x[.5].y', '.', 0)).toBe(5);
  });

  it('takes the longest operator, as jsep does', () => {
    expect(nthTokenOffset('a === b == c', '==', 0)).toBe(8);
    expect(nthTokenOffset('a >>>= b >> c', '>>', 0)).toBe(9);
  });

  it('splits ++ after a number into two pluses, as jsep does', () => {
    expect(nthTokenOffset('2.5++a', '+', 1)).toBe(4);
    expect(nthTokenOffset('a++ + b', '++', 0)).toBe(1);
  });

  it('skips escaped quotes inside strings', () => {
    expect(nthTokenOffset('"say \\"%\\"" % 2', '%', 0)).toBe(12);
  });

  it('returns 0 for a token that is not there', () => {
    expect(nthTokenOffset('a + b', '*', 0)).toBe(0);
  });
});

describe('locateAnchor', () => {
  it('points at the operator a node was written with', () => {
    const text = 'a % b % c';
    const root = jsep(text);
    const outer = known(root);
    if (outer.type !== 'BinaryExpression') throw new Error('expected a binary node');
    expect(locateAnchor(text, root, { node: root, token: '%' })).toBe(6);
    expect(locateAnchor(text, root, { node: outer.left, token: '%' })).toBe(2);
  });

  it('points at the first token of a node when no token is named', () => {
    const text = '(x) && f(1)';
    const root = jsep(text);
    const node = known(root);
    if (node.type !== 'BinaryExpression') throw new Error('expected a binary node');
    expect(locateAnchor(text, root, { node: node.right })).toBe(7);
  });

  it('gives 0 when the anchor is not part of the tree', () => {
    expect(locateAnchor('a + b', jsep('a + b'), { node: jsep('c'), token: 'c' })).toBe(0);
  });

  it('walks very deep trees without recursion', () => {
    const text = `${'a + '.repeat(50_000)}b % c`;
    const root = jsep(text);
    const sum = known(root);
    if (sum.type !== 'BinaryExpression') throw new Error('expected a binary node');
    expect(locateAnchor(text, root, { node: sum.right, token: '%' })).toBe(text.indexOf('%'));
  });
});
