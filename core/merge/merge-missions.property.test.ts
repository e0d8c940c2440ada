import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, openDocument } from '../edit/history';
import { loadMission } from '../format/load';
import type { Mission } from '../format/mission.types';
import { serializeMission } from '../format/serialize';
import { canonicalJson } from './merge-values';
import { mergeMissions } from './merge-missions';

/** Second Wave, with sticky notes and node tags (it has none of its own) so that edits can touch them too. */
const SECOND_WAVE = ((): Mission => {
  const m = JSON.parse(readFileSync(new URL('../../missions/second-wave.mission.json', import.meta.url), 'utf8')) as Mission;
  m.notes = ['pacing', 'voice', 'fights'].map((id, i) => ({ id, text: `About the ${id}.`, position: { x: i * 300, y: -400 } }));
  m.nodes.forEach((node, i) => {
    if (i % 3 === 0) node.tags = ['act1', 'review'];
  });
  return m;
})();

type Side = 'ours' | 'theirs';

/** One edit to a mission, and the "slots" it touches: two edits commute when they share none. */
interface Op {
  slots: string[];
  apply(m: Mission): void;
}

const nodeOf = (m: Mission, id: string) => m.nodes.find((n) => n.id === id);

/** The edits a designer makes, addressed by node id so they apply after other edits too. */
function opFor(base: Mission, kind: string, pick: number, pick2: number, text: string, side: Side, n: number): Op | null {
  const target = base.nodes[pick % base.nodes.length]!;
  const id = target.id;
  switch (kind) {
    case 'title':
      return { slots: [`${id}/title`], apply: (m) => void (nodeOf(m, id)!.title = text) };
    case 'move':
      return { slots: [`${id}/position`], apply: (m) => void (nodeOf(m, id)!.position = { x: pick2 + 0.5, y: pick }) };
    case 'line': {
      if (target.type !== 'narration' && target.type !== 'dialog') return null;
      if (target.data.lines.length === 0) return null;
      const line = pick2 % target.data.lines.length;
      return {
        slots: [`${id}/line/${line}`],
        apply: (m) => {
          const node = nodeOf(m, id);
          if (node?.type === 'narration' || node?.type === 'dialog') node.data.lines[line] = text;
        },
      };
    }
    case 'choice-text': {
      if (target.type !== 'dialog' || target.data.choices.length === 0) return null;
      const choice = target.data.choices[pick2 % target.data.choices.length]!.id;
      return {
        slots: [`${id}/choice/${choice}`],
        apply: (m) => {
          const node = nodeOf(m, id);
          const c = node?.type === 'dialog' ? node.data.choices.find((x) => x.id === choice) : undefined;
          if (c) c.text = text;
        },
      };
    }
    case 'add-choice': {
      if (target.type !== 'dialog') return null;
      return {
        slots: [`${id}/add-choice/${side}`],
        apply: (m) => {
          const node = nodeOf(m, id);
          if (node?.type === 'dialog') node.data.choices.push({ id: `${side}-choice-${n}`, text });
        },
      };
    }
    case 'delete':
      // Claims the whole node: no other edit of the other side may touch it or an edge of it.
      return {
        slots: [`${id}/*`],
        apply: (m) => {
          m.nodes = m.nodes.filter((x) => x.id !== id);
          m.edges = m.edges.filter((e) => e.source !== id && e.target !== id);
        },
      };
    case 'add-node':
      return {
        slots: [`new/${side}/${n}`],
        apply: (m) => {
          m.nodes.push({
            id: `${side}-node-${n}`,
            type: 'end',
            title: text,
            position: { x: pick, y: pick2 },
            data: { outcome: 'success', text },
          });
          m.edges.push({ id: `${side}-edge-${n}`, source: id, sourceHandle: `${side}-port-${n}`, target: `${side}-node-${n}` });
        },
      };
    case 'variable': {
      const variable = base.variables[pick % base.variables.length]!.id;
      return { slots: [`var/${variable}`], apply: (m) => void (m.variables.find((v) => v.id === variable)!.description = text) };
    }
    case 'note-text':
    case 'note-move': {
      const note = base.notes![pick % base.notes!.length]!.id;
      const moving = kind === 'note-move';
      return {
        slots: [`note:${note}/${moving ? 'position' : 'text'}`],
        apply: (m) => {
          const found = m.notes?.find((x) => x.id === note);
          if (found && moving) found.position = { x: pick2 + 0.5, y: pick };
          else if (found) found.text = text;
        },
      };
    }
    case 'add-note':
      return {
        slots: [`new-note/${side}/${n}`],
        apply: (m) => void (m.notes ??= []).push({ id: `${side}-note-${n}`, text, position: { x: pick, y: pick2 } }),
      };
    case 'delete-note': {
      // Claims the whole note, as a node's delete claims the node.
      const note = base.notes![pick % base.notes!.length]!.id;
      return { slots: [`note:${note}/*`], apply: (m) => void (m.notes = m.notes?.filter((x) => x.id !== note)) };
    }
    case 'add-tag':
      return { slots: [`${id}/tag/${side}/${n}`], apply: (m) => void (nodeOf(m, id)!.tags ??= []).push(`${side}-tag-${n}`) };
    case 'remove-tag': {
      const tag = target.tags?.[pick2 % target.tags.length];
      if (tag === undefined) return null;
      return {
        slots: [`${id}/tag/${tag}`],
        apply: (m) => {
          const node = nodeOf(m, id)!;
          node.tags = node.tags?.filter((t) => t !== tag);
        },
      };
    }
    case 'language':
      // Each side's own language tags, so both never add the same one (a set keeps it once, the lists twice).
      return { slots: [`lang/${side}/${n}`], apply: (m) => void m.meta.languages!.push(`${side === 'ours' ? 'de' : 'ja'}-n${n}`) };
    case 'meta':
      return { slots: [`meta/${side}`], apply: (m) => void (side === 'ours' ? (m.meta.title = text) : (m.meta.summary = text)) };
    default:
      return null;
  }
}

const KINDS = [
  ...['title', 'move', 'line', 'choice-text', 'add-choice', 'delete', 'add-node', 'variable', 'meta'],
  ...['note-text', 'note-move', 'add-note', 'delete-note', 'add-tag', 'remove-tag', 'language'],
];

const rawOps = fc.array(
  fc.record({
    side: fc.constantFrom<Side>('ours', 'theirs'),
    kind: fc.constantFrom(...KINDS),
    pick: fc.nat(5000),
    pick2: fc.nat(5000),
    text: fc.string({ minLength: 1, maxLength: 20 }),
  }),
  { maxLength: 16 },
);

const nodeOfSlot = (slot: string) => slot.split('/')[0]!;
const isDelete = (kind: string) => kind.startsWith('delete');
/** A move of theirs goes one further than ours, so that the two clash. */
const nudge = (kind: string) => (kind.endsWith('move') ? 1 : 0);

/**
 * Each side's edits, none touching a slot the other side touches. A delete claims its node (or note) against
 * every edit of the other side to that node or an edge of it (an added node's edge leaves from `slots`' node too).
 */
function nonOverlapping(raw: fc.Arbitrary<Array<{ side: Side; kind: string; pick: number; pick2: number; text: string }>>) {
  return raw.map((list) => {
    const ops: Record<Side, Op[]> = { ours: [], theirs: [] };
    const taken: Record<Side, Set<string>> = { ours: new Set(), theirs: new Set() };
    const nodes: Record<Side, Set<string>> = { ours: new Set(), theirs: new Set() };
    const deleted: Record<Side, Set<string>> = { ours: new Set(), theirs: new Set() };
    list.forEach((r, n) => {
      const op = opFor(SECOND_WAVE, r.kind, r.pick, r.pick2, `${r.text} (${r.side})`, r.side, n);
      if (!op) return;
      const other: Side = r.side === 'ours' ? 'theirs' : 'ours';
      const touched = r.kind === 'add-node' ? SECOND_WAVE.nodes[r.pick % SECOND_WAVE.nodes.length]!.id : nodeOfSlot(op.slots[0]!);
      const clash =
        op.slots.some((s) => taken[other].has(s)) ||
        deleted[other].has(touched) ||
        deleted[r.side].has(touched) ||
        (isDelete(r.kind) && nodes[other].has(touched));
      if (clash) return;
      ops[r.side].push(op);
      op.slots.forEach((s) => taken[r.side].add(s));
      nodes[r.side].add(touched);
      if (isDelete(r.kind)) deleted[r.side].add(touched);
    });
    return ops;
  });
}

function applied(base: Mission, ...lists: Op[][]): Mission {
  const m = structuredClone(base);
  for (const list of lists) for (const op of list) op.apply(m);
  return m;
}

describe('mergeMissions, over random edits to Second Wave', () => {
  it('merges edits that touch different things cleanly, to the mission both edits give applied in turn', () => {
    fc.assert(
      fc.property(nonOverlapping(rawOps), (ops) => {
        const ours = applied(SECOND_WAVE, ops.ours);
        const theirs = applied(SECOND_WAVE, ops.theirs);
        const { mission, conflicts } = mergeMissions(SECOND_WAVE, ours, theirs);
        expect(conflicts).toEqual([]);
        expect(mission.conflicts).toBeUndefined();
        expect(canonicalJson(mission)).toBe(canonicalJson(applied(SECOND_WAVE, ops.ours, ops.theirs)));
      }),
      { numRuns: 100 },
    );
  });

  it('always gives a file that loads when both sides change the same fields, and taking theirs everywhere gives their edits applied last', () => {
    const clashKinds = fc.constantFrom('title', 'move', 'choice-text', 'variable', 'note-text', 'note-move');
    const clashes = fc.array(
      fc.record({ kind: clashKinds, pick: fc.nat(5000), pick2: fc.nat(5000), text: fc.string({ minLength: 1, maxLength: 20 }) }),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(nonOverlapping(rawOps.map((l) => l.filter((r) => !isDelete(r.kind) && r.kind !== 'line'))), clashes, (ops, raw) => {
        // The same slot edited by both sides to different values, after the clean edits.
        const pairs = raw.map((r, n) => ({
          ours: opFor(SECOND_WAVE, r.kind, r.pick, r.pick2, `${r.text} (ours)`, 'ours', 100 + n),
          theirs: opFor(SECOND_WAVE, r.kind, r.pick, r.pick2 + nudge(r.kind), `${r.text} (theirs)`, 'theirs', 100 + n),
        }));
        const usable = pairs.filter((p) => p.ours && p.theirs) as Array<{ ours: Op; theirs: Op }>;
        const oursOps = [...ops.ours, ...usable.map((p) => p.ours)];
        const theirsOps = [...ops.theirs, ...usable.map((p) => p.theirs)];
        const { mission, conflicts } = mergeMissions(SECOND_WAVE, applied(SECOND_WAVE, oursOps), applied(SECOND_WAVE, theirsOps));
        const loaded = loadMission(serializeMission(mission));
        expect(loaded.mission).not.toBeNull();
        expect(loaded.diagnostics.filter((d) => d.code === 'merge-conflict')).toHaveLength(conflicts.length);
        expect(conflicts.length > 0).toBe(usable.length > 0);
        let doc = openDocument(loaded.mission!);
        for (const c of conflicts) doc = applyEdit(doc, { kind: 'resolve-conflict', path: c.path, take: 'theirs' });
        expect(doc.mission.conflicts).toBeUndefined();
        expect(canonicalJson(doc.mission)).toBe(canonicalJson(applied(SECOND_WAVE, oursOps, theirsOps)));
      }),
      { numRuns: 60 },
    );
  });
});
