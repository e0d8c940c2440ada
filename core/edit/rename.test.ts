import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINARY_OPS, type AssignOp, type BinaryOp, type Expr } from '../expressions/ast.types';
import { formatEffect, formatExpression } from '../expressions/format';
import { parseCondition, parseEffect } from '../expressions/parse';
import { forEachExpression } from '../format/expression-sites';
import type { DialogData, Mission } from '../format/mission.types';
import { clone, edge, node, smallMission } from '../test-support/mission-builder';
import { applyEdit, historyLabels, openDocument, undo } from './history';
import { renameNode, renameVariable, type RenamePlan } from './rename';

/** The small mission with `visited("talk")` in a condition and an effect, and some texts that must not change. */
function missionWithVisits(): Mission {
  const m = clone(smallMission());
  const talk = m.nodes.find((n) => n.id === 'talk');
  if (talk?.type !== 'dialog') throw new Error('the small mission has a dialog named talk');
  talk.data.choices[1]!.condition = 'credits>=10 && visited("talk")';
  talk.data.choices[0]!.effects = ['credits -= 1', 'trusted = visited("talk") || trusted'];
  const check = m.nodes.find((n) => n.id === 'check');
  if (check?.type !== 'branch') throw new Error('the small mission has a branch named check');
  check.data.cases.push({ id: 'odd', condition: 'trusted  ==  true' }, { id: 'said', condition: '"talk" == "credits"' });
  return m;
}

const talkData = (m: Mission): DialogData => {
  const talk = m.nodes.find((n) => n.id === 'talk' || n.id === 'chat');
  if (talk?.type !== 'dialog') throw new Error('no dialog');
  return talk.data;
};

function applied(mission: Mission, plan: RenamePlan) {
  if (!plan.ok) throw new Error(plan.reason);
  return applyEdit(openDocument(mission), plan.edit);
}

describe('renameNode', () => {
  it("renames the node, its edges, its children's parent and every visited() of it, in one undo step", () => {
    const start = openDocument(missionWithVisits());
    const plan = renameNode(start.mission, 'act', 'prologue');
    const doc = applied(start.mission, plan);
    expect(doc.mission.nodes.filter((n) => n.parentId === 'prologue').map((n) => n.id)).toEqual(['start', 'talk']);
    const second = renameNode(doc.mission, 'talk', 'chat');
    if (!second.ok) throw new Error(second.reason);
    const chat = applyEdit(doc, second.edit);
    expect(chat.mission.edges.filter((e) => e.source === 'chat' || e.target === 'chat')).toHaveLength(3);
    expect(chat.mission.edges.some((e) => e.source === 'talk' || e.target === 'talk')).toBe(false);
    expect(talkData(chat.mission).choices[1]?.condition).toBe('credits >= 10 && visited("chat")');
    expect(talkData(chat.mission).choices[0]?.effects).toEqual(['credits -= 1', 'trusted = visited("chat") || trusted']);
    expect(chat.history.past).toHaveLength(2);
    expect(historyLabels(chat).undo).toBe('Undo Rename Node');
    expect(undo(chat).mission).toEqual(doc.mission);
  });

  it('keeps the exact text of every expression that does not mention the node, and of string literals that spell it', () => {
    const m = missionWithVisits();
    const doc = applied(m, renameNode(m, 'talk', 'chat'));
    const check = doc.mission.nodes.find((n) => n.id === 'check');
    expect(check?.type === 'branch' && check.data.cases.map((c) => c.condition)).toEqual([
      'trusted',
      'trusted  ==  true',
      '"talk" == "credits"',
    ]);
    expect(talkData(doc.mission).choices[0]?.effects?.[0]).toBe('credits -= 1');
  });

  it('leaves an expression that does not parse as it is, and says so', () => {
    const m = missionWithVisits();
    talkData(m).choices[1]!.condition = 'visited("talk") &&';
    const plan = renameNode(m, 'talk', 'chat');
    expect(plan.ok && plan.unparsed).toEqual([
      { path: '/nodes/2/data/choices/1/condition', nodeId: 'talk', text: 'visited("talk") &&', message: expect.any(String) },
    ]);
    expect(talkData(applied(m, plan).mission).choices[1]?.condition).toBe('visited("talk") &&');
  });

  it('refuses an id another node has, an id of the wrong form, and a node that is not there', () => {
    const m = smallMission();
    expect(renameNode(m, 'talk', 'win')).toEqual({ ok: false, reason: "Another node already has the id 'win'." });
    expect(renameNode(m, 'talk', 'two words')).toMatchObject({ ok: false, reason: expect.stringMatching(/^Use letters/) });
    expect(renameNode(m, 'talk', '')).toMatchObject({ ok: false, reason: expect.stringMatching(/cannot be empty/) });
    expect(renameNode(m, 'nobody', 'x')).toEqual({ ok: false, reason: "There is no node 'nobody'." });
  });
});

describe('renameVariable', () => {
  it('renames the declaration and every read and write, and undo puts all of it back in one step', () => {
    const m = missionWithVisits();
    const doc = applied(m, renameVariable(m, 'credits', 'wallet'));
    expect(doc.mission.variables.map((v) => v.id)).toEqual(['wallet', 'trusted']);
    expect(talkData(doc.mission).choices[0]?.effects?.[0]).toBe('wallet -= 1');
    expect(talkData(doc.mission).choices[1]?.condition).toBe('wallet >= 10 && visited("talk")');
    expect(historyLabels(doc).undo).toBe('Undo Rename Variable');
    expect(undo(doc).mission).toEqual(m);
  });

  it('renames the target of an assignment and leaves a string literal that spells the name alone', () => {
    const m = missionWithVisits();
    const doc = applied(m, renameVariable(m, 'trusted', 'sure'));
    expect(talkData(doc.mission).choices[0]?.effects?.[1]).toBe('sure = visited("talk") || sure');
    const trust = doc.mission.nodes.find((n) => n.id === 'trust');
    expect(trust?.type === 'set' && trust.data.effects).toEqual(['sure = true']);
    const check = doc.mission.nodes.find((n) => n.id === 'check');
    expect(check?.type === 'branch' && check.data.cases.map((c) => c.condition)).toEqual(['sure', 'sure == true', '"talk" == "credits"']);
  });

  it('refuses a taken name, a name that is not an identifier and the reserved words, with the reason', () => {
    const m = smallMission();
    expect(renameVariable(m, 'credits', 'trusted')).toEqual({ ok: false, reason: "Another variable already has the id 'trusted'." });
    expect(renameVariable(m, 'credits', '1st')).toMatchObject({ ok: false, reason: expect.stringMatching(/starting with a letter or _/) });
    expect(renameVariable(m, 'credits', 'visited')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^'visited' is the built-in function/),
    });
    expect(renameVariable(m, 'credits', 'faction')).toMatchObject({ ok: false, reason: expect.stringMatching(/^'faction' is built in/) });
    expect(renameVariable(m, 'credits', 'true')).toMatchObject({ ok: false, reason: expect.stringMatching(/^'true' is a literal/) });
    expect(renameVariable(m, 'gold', 'x')).toEqual({ ok: false, reason: "There is no variable 'gold'." });
  });

  it('reports an unparsed expression that mentions the name, and not one that does not', () => {
    const m = missionWithVisits();
    talkData(m).choices[1]!.condition = 'credits >== 10';
    talkData(m).choices[0]!.effects = ['trusted === true'];
    const plan = renameVariable(m, 'credits', 'wallet');
    expect(plan.ok && plan.unparsed.map((u) => u.text)).toEqual(['credits >== 10']);
  });

  it('is refused by applyEdit too when the edit is made by hand with a name expressions cannot use', () => {
    const start = openDocument(smallMission());
    for (const to of ['visited', 'trusted', '9lives', ''])
      expect(applyEdit(start, { kind: 'rename-variable', from: 'credits', to })).toBe(start);
    expect(applyEdit(start, { kind: 'rename-variable', from: 'gold', to: 'silver' })).toBe(start);
  });
});

// Property tests: a generated mission whose conditions and effects use a few variables and node ids (and string
// literals that spell them), printed canonically, plus some texts that do not parse.
const VARIABLES = ['alpha', 'beta', 'gamma'];
const NODES = ['n1', 'n2', 'n3', 'n4', 'g'];
const BROKEN = ['alpha >>> 1', 'visited("n1") ? 1 : 2', 'beta +', 'alpha === "n2"'];

const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'rename' },
    fc.oneof(fc.boolean(), fc.nat(9), fc.constantFrom(...VARIABLES, ...NODES)).map((value): Expr => ({ kind: 'literal', value })),
    fc.constantFrom(...VARIABLES, 'undeclared').map((name): Expr => ({ kind: 'var', name })),
    fc.constantFrom(...NODES, 'ghost').map((nodeId): Expr => ({ kind: 'visited', nodeId })),
    tie('expr').map((arg): Expr => ({ kind: 'not', arg })),
    fc
      .tuple(fc.constantFrom<BinaryOp>(...BINARY_OPS), tie('expr'), tie('expr'))
      .map(([op, left, right]): Expr => ({ kind: 'binary', op, left, right })),
  ),
})).expr;
const conditionArb = fc.oneof(
  { weight: 5, arbitrary: exprArb.map(formatExpression) },
  { weight: 1, arbitrary: fc.constantFrom(...BROKEN) },
);
const effectArb = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .record({ target: fc.constantFrom(...VARIABLES), op: fc.constantFrom<AssignOp>('=', '+=', '-='), value: exprArb })
      .map(formatEffect),
  },
  { weight: 1, arbitrary: fc.constantFrom(...BROKEN) },
);

const missionArb: fc.Arbitrary<Mission> = fc
  .record({
    choices: fc.array(
      fc.record({ condition: fc.option(conditionArb, { nil: undefined }), effects: fc.array(effectArb, { maxLength: 2 }) }),
      { minLength: 1, maxLength: 3 },
    ),
    options: fc.array(conditionArb, { maxLength: 2 }),
    gate: fc.option(conditionArb, { nil: undefined }),
    cases: fc.array(conditionArb, { maxLength: 3 }),
    sets: fc.array(effectArb, { maxLength: 3 }),
    targets: fc.array(fc.constantFrom(...NODES), { minLength: 4, maxLength: 4 }),
  })
  .map(({ choices, options, gate, cases, sets, targets }) => ({
    ...smallMission(),
    variables: VARIABLES.map((id) => ({ id, type: 'number' as const, initial: 0 })),
    nodes: [
      node('g', 'group', { width: 10, height: 10 }),
      node(
        'n1',
        'dialog',
        {
          speaker: 'quark',
          lines: ['alpha n2'],
          choices: choices.map((c, i) => ({
            id: `c${i}`,
            text: 'n1 beta',
            ...(c.condition === undefined ? {} : { condition: c.condition }),
            effects: c.effects,
          })),
        },
        { parentId: 'g' },
      ),
      node(
        'n2',
        'hub',
        {
          options: options.map((condition, i) => ({ id: `o${i}`, label: 'gamma', condition })),
          continue: { label: 'on', ...(gate === undefined ? {} : { condition: gate }) },
        },
        { parentId: 'g' },
      ),
      node('n3', 'branch', { cases: cases.map((condition, i) => ({ id: `k${i}`, condition })) }),
      node('n4', 'set', { effects: sets }),
    ],
    edges: targets.map((target, i) => edge(NODES[i] ?? 'n1', 'next', target)),
  }));

/** Every expression's text in file order, and the names each one that parses mentions. */
function expressions(mission: Mission): Array<{ text: string; names: Set<string> | null }> {
  const out: Array<{ text: string; names: Set<string> | null }> = [];
  const walk = (e: Expr, names: Set<string>): void => {
    if (e.kind === 'var') names.add(`var:${e.name}`);
    else if (e.kind === 'visited') names.add(`node:${e.nodeId}`);
    else if (e.kind === 'not' || e.kind === 'neg') walk(e.arg, names);
    else if (e.kind === 'binary') {
      walk(e.left, names);
      walk(e.right, names);
    }
  };
  forEachExpression(mission, (site) => {
    const names = new Set<string>();
    if (site.kind === 'condition') {
      const parsed = parseCondition(site.text);
      if (parsed.ok) walk(parsed.value, names);
      out.push({ text: site.text, names: parsed.ok ? names : null });
    } else {
      const parsed = parseEffect(site.text);
      if (parsed.ok) {
        names.add(`var:${parsed.value.target}`);
        walk(parsed.value.value, names);
      }
      out.push({ text: site.text, names: parsed.ok ? names : null });
    }
  });
  return out;
}

function checkRename(plan: (m: Mission, from: string, to: string) => RenamePlan, what: 'var' | 'node', names: string[], fresh: string) {
  fc.assert(
    fc.property(missionArb, fc.constantFrom(...names), (mission, from) => {
      const there = applied(mission, plan(mission, from, fresh));
      const before = expressions(mission);
      const after = expressions(there.mission);
      before.forEach((b, i) => {
        const a = after[i]!;
        if (b.names === null || !b.names.has(`${what}:${from}`)) return expect(a.text).toBe(b.text);
        expect(a.names?.has(`${what}:${from}`)).toBe(false);
        expect(a.names?.has(`${what}:${fresh}`)).toBe(true);
      });
      expect(undo(there).mission).toEqual(mission);
      expect(applied(there.mission, plan(there.mission, fresh, from)).mission).toEqual(mission);
    }),
    { numRuns: 150 },
  );
}

describe('renaming, for any mission', () => {
  it('rewrites every expression that mentions the node and no other, and renaming back gives the mission back', () => {
    checkRename(renameNode, 'node', ['n1', 'n2', 'n3', 'g'], 'renamed-node');
  });

  it('rewrites every expression that mentions the variable and no other, and renaming back gives the mission back', () => {
    checkRename(renameVariable, 'var', VARIABLES, 'omega');
  });
});
