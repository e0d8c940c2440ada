import type { MissionNode } from '../format/mission.types';
import type { Edit } from './edit.types';

/** What can be edited in place on a node on the canvas: its title, or the first line of its text. */
export type InlineField = 'title' | 'first-line';

/**
 * The text a field holds, as the in-place editor starts from; null when the node has no such text to edit there
 * (a branch's condition, a set's effects and a fight's summary are expressions and settings: the Inspector's).
 */
export function inlineText(node: MissionNode, field: InlineField): string | null {
  if (field === 'title') return node.title;
  switch (node.type) {
    case 'narration':
    case 'dialog':
      return node.data.lines[0] ?? '';
    case 'start':
    case 'objective':
    case 'end':
      return node.data.text;
    case 'hub':
      return node.data.text ?? '';
    default:
      return null;
  }
}

// The node's data with its first line of text replaced; every other field kept as it was.
function withFirstLine(node: MissionNode, text: string): MissionNode['data'] | null {
  switch (node.type) {
    case 'narration':
    case 'dialog':
      return { ...node.data, lines: [text, ...node.data.lines.slice(1)] };
    case 'start':
    case 'objective':
    case 'end':
      return { ...node.data, text };
    case 'hub': {
      // A hub's text is optional: cleared, it goes, rather than staying as an empty string in the file.
      const { text: _old, ...rest } = node.data;
      return text === '' ? rest : { ...rest, text };
    }
    default:
      return null;
  }
}

/**
 * The one undoable edit that sets a node's title or first line to `text` in place ("Edit Title", "Edit Text"),
 * or null when nothing would change or the field cannot be edited there.
 */
export function inlineTextEdit(node: MissionNode, field: InlineField, text: string): Edit | null {
  const before = inlineText(node, field);
  if (before === null || before === text) return null;
  if (field === 'title') return { kind: 'batch', label: 'Edit Title', edits: [{ kind: 'update-node', id: node.id, title: text }] };
  const data = withFirstLine(node, text);
  return data && { kind: 'batch', label: 'Edit Text', edits: [{ kind: 'update-node', id: node.id, data }] };
}
