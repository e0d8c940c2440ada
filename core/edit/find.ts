import type { MissionNode } from '../format/mission.types';
import type { Edit, TextChange } from './edit.types';

/** One place where a find query occurs: which node, which field, and a short excerpt around it. */
export interface FindMatch {
  nodeId: string;
  /** JSON pointer of the field, relative to the node (`/title`, `/data/lines/0`, `/data/choices/1/text`). */
  path: string;
  /** The field as the user knows it: `title`, `line 1`, `choice "agree"`. */
  field: string;
  /** The field's text around the first occurrence, cut with `…` when long. */
  excerpt: string;
  /** Where the occurrence starts in `excerpt`, and its length there (for highlighting). */
  at: number;
  length: number;
}

/** A searchable text field of a node. */
export interface TextField {
  path: string;
  field: string;
  text: string;
}

const BEFORE = 24;
const AFTER = 48;

/** The texts a person writes into a node, in the order the inspector shows them: what find searches. */
export function textFields(node: MissionNode): TextField[] {
  const fields: TextField[] = [{ path: '/title', field: 'title', text: node.title }];
  const lines = (list: string[]) => list.forEach((text, i) => fields.push({ path: `/data/lines/${i}`, field: `line ${i + 1}`, text }));
  switch (node.type) {
    case 'start':
    case 'objective':
    case 'end':
      fields.push({ path: '/data/text', field: 'text', text: node.data.text });
      break;
    case 'narration':
      lines(node.data.lines);
      break;
    case 'dialog':
      lines(node.data.lines);
      node.data.choices.forEach((c, i) => fields.push({ path: `/data/choices/${i}/text`, field: `choice "${c.id}"`, text: c.text }));
      break;
    case 'hub':
      if (node.data.text !== undefined) fields.push({ path: '/data/text', field: 'text', text: node.data.text });
      node.data.options.forEach((o, i) => fields.push({ path: `/data/options/${i}/label`, field: `option "${o.id}"`, text: o.label }));
      fields.push({ path: '/data/continue/label', field: 'continue', text: node.data.continue.label });
      break;
    case 'branch':
    case 'set':
    case 'combat':
    case 'group':
      break;
  }
  return fields;
}

// A regular expression rather than lower-casing both sides: lower-casing can change a string's length
// (`İ` becomes two code units), which would shift the excerpt's offsets.
function queryPattern(query: string, flags = 'iu'): RegExp {
  return new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
}

function excerptOf(text: string, index: number, length: number): { excerpt: string; at: number; length: number } {
  const from = Math.max(0, index - BEFORE);
  const to = Math.min(text.length, index + length + AFTER);
  const head = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  // Line breaks become spaces one for one, so the offset still points at the occurrence.
  return { excerpt: head + text.slice(from, to).replace(/[\r\n\t]/g, ' ') + tail, at: head.length + index - from, length };
}

/**
 * Every node field containing `query`, ignoring case, in mission order (one match per field, at its first
 * occurrence). Searches titles, lines, choice texts, hub options and the texts of starts, objectives and ends.
 * A blank query finds nothing.
 */
export function findInMission(mission: { nodes: readonly MissionNode[] }, query: string): FindMatch[] {
  if (query.trim() === '') return [];
  const pattern = queryPattern(query);
  const matches: FindMatch[] = [];
  for (const node of mission.nodes) {
    for (const { path, field, text } of textFields(node)) {
      const found = pattern.exec(text);
      if (!found) continue;
      matches.push({ nodeId: node.id, path, field, ...excerptOf(text, found.index, found[0].length) });
    }
  }
  return matches;
}

/**
 * `text` with `query` (ignoring case, as find matches it) replaced by `replacement`, taken literally (a `$&` in it
 * stays `$&`): every occurrence with `all`, else the first, the one the find bar shows.
 */
export function replaceInText(text: string, query: string, replacement: string, all: boolean): string {
  if (query === '') return text;
  return text.replace(queryPattern(query, all ? 'giu' : 'iu'), () => replacement);
}

function replaceEdit(changes: TextChange[]): Edit | null {
  return changes.length === 0 ? null : { kind: 'replace-text', changes };
}

/** Replace: the edit that replaces the match's occurrence (the first in its field), or null when it is gone. */
export function replaceMatch(
  mission: { nodes: readonly MissionNode[] },
  match: Pick<FindMatch, 'nodeId' | 'path'>,
  query: string,
  replacement: string,
): Edit | null {
  if (query.trim() === '') return null;
  const node = mission.nodes.find((n) => n.id === match.nodeId);
  const field = node && textFields(node).find((f) => f.path === match.path);
  if (!field) return null;
  const text = replaceInText(field.text, query, replacement, false);
  return replaceEdit(text === field.text ? [] : [{ nodeId: match.nodeId, path: match.path, text }]);
}

/** Replace all: one edit (one undo step) replacing every occurrence in every field find searches, or null for none. */
export function replaceAllMatches(mission: { nodes: readonly MissionNode[] }, query: string, replacement: string): Edit | null {
  if (query.trim() === '') return null;
  const changes: TextChange[] = [];
  for (const node of mission.nodes) {
    for (const { path, text } of textFields(node)) {
      const replaced = replaceInText(text, query, replacement, true);
      if (replaced !== text) changes.push({ nodeId: node.id, path, text: replaced });
    }
  }
  return replaceEdit(changes);
}
