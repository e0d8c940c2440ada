import jsep from 'jsep';
import { describe, expect, it } from 'vitest';
import { convertCondition, convertEffect, MAX_DEPTH, Rejection } from './convert';
import type { JsepNode } from './jsep-node.types';
import './parse'; // registers the assignment plugin, as in production

function rejectionOf(run: () => unknown): Rejection {
  try {
    run();
  } catch (e) {
    if (e instanceof Rejection) return e;
    throw e;
  }
  throw new Error('expected a Rejection');
}

describe('convertCondition', () => {
  it('builds our tree from jsep nodes, dropping jsep-only fields such as raw', () => {
    expect(convertCondition(jsep('!(n >= 2.5)'))).toEqual({
      kind: 'not',
      arg: { kind: 'binary', op: '>=', left: { kind: 'var', name: 'n' }, right: { kind: 'literal', value: 2.5 } },
    });
  });

  it('anchors an unsupported operator on the node and its operator token', () => {
    const root = jsep('a % b');
    const r = rejectionOf(() => convertCondition(root));
    expect(r.anchor).toEqual({ node: root, token: '%' });
  });

  it('reports the leftmost problem first', () => {
    expect(rejectionOf(() => convertCondition(jsep('a.b % c'))).message).toContain('Property access');
    expect(rejectionOf(() => convertCondition(jsep('a % b.c'))).message).toContain('Operator %');
  });

  it('rejects node types it does not know, such as those from other jsep plugins', () => {
    const alien = { type: 'ObjectExpression', properties: [] } as unknown as JsepNode;
    expect(rejectionOf(() => convertCondition(alien)).message).toBe('Unsupported syntax (ObjectExpression)');
  });

  it('rejects a literal jsep could only produce through a plugin (a regular expression)', () => {
    const regex = { type: 'Literal', value: /x/, raw: '/x/' } as unknown as JsepNode;
    expect(rejectionOf(() => convertCondition(regex)).message).toBe('Unsupported literal /x/');
  });

  it('refuses trees deeper than MAX_DEPTH with no anchor', () => {
    const r = rejectionOf(() => convertCondition(jsep(`${'!'.repeat(MAX_DEPTH + 1)}a`)));
    expect(r.message).toContain('nested too deeply');
    expect(r.anchor).toBeNull();
    expect(() => convertCondition(jsep(`${'!'.repeat(MAX_DEPTH)}a`))).not.toThrow();
  });
});

describe('convertEffect', () => {
  it('builds an effect from an assignment to a plain name', () => {
    expect(convertEffect(jsep('coalition -= 1'))).toEqual({
      target: 'coalition',
      op: '-=',
      value: { kind: 'literal', value: 1 },
    });
  });

  it('anchors a non-variable target on the start of the target', () => {
    const root = jsep('a.b = 1');
    const r = rejectionOf(() => convertEffect(root));
    expect(r.message).toContain('Only a variable can be assigned');
    expect(r.anchor?.token).toBeUndefined();
  });
});
