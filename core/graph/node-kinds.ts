import type { NodeType } from '../format/mission.types';

/**
 * How a node type looks: its name, colour and icon. The icon is a text glyph, not an SVG: a thousand inline SVGs
 * cost more to draw than the rest of the nodes. No icon font and nothing remote; U+FE0E asks for the plain-text
 * form where a system would otherwise draw an emoji.
 */
export interface NodeKind {
  label: string;
  color: string;
  glyph: string;
}

/** The look of each node type, shared by the canvas, the palette, the minimap and the exported picture. */
export const NODE_KINDS: Record<NodeType, NodeKind> = {
  start: { label: 'Start', glyph: '▶\uFE0E', color: '#3fb950' },
  narration: { label: 'Narration', glyph: '¶', color: '#a5b3c6' },
  dialog: { label: 'Dialog', glyph: '❝', color: '#6cb6ff' },
  objective: { label: 'Objective', glyph: '◎', color: '#e3b341' },
  hub: { label: 'Hub', glyph: '❖', color: '#d2a8ff' },
  branch: { label: 'Branch', glyph: '⋔', color: '#f0883e' },
  set: { label: 'Set', glyph: '≔', color: '#56d4dd' },
  combat: { label: 'Combat', glyph: '⚔\uFE0E', color: '#ff8e80' },
  end: { label: 'End', glyph: '⚑\uFE0E', color: '#db61a2' },
  group: { label: 'Group', glyph: '▢', color: '#8b949e' },
};
