import type { CSSProperties } from 'react';
import type { NodeType } from '../../core/format/mission.types';

/**
 * How a node type looks: its name, colour, an icon for the palette (16×16 SVG path, stroked) and a glyph for the
 * canvas. Canvas nodes draw a text glyph, not an SVG: a thousand inline SVGs cost more than the rest of the node.
 * No icon font and nothing remote; U+FE0E asks for the plain-text form where a system would draw an emoji.
 */
export interface NodeKind {
  label: string;
  color: string;
  icon: string;
  glyph: string;
  /** A filled icon (the play triangle) instead of a stroked one. */
  filled?: boolean;
}

/** The look of each node type, shared by the canvas, the palette and the minimap. */
export const NODE_KINDS: Record<NodeType, NodeKind> = {
  start: { label: 'Start', glyph: '▶\uFE0E', color: '#3fb950', icon: 'M5 3v10l8-5z', filled: true },
  narration: { label: 'Narration', glyph: '¶', color: '#a5b3c6', icon: 'M3 4h10M3 8h10M3 12h6' },
  dialog: { label: 'Dialog', glyph: '❝', color: '#6cb6ff', icon: 'M2.5 3h11v7.5H8l-3.5 3v-3h-2z' },
  objective: { label: 'Objective', glyph: '◎', color: '#e3b341', icon: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11zM8 6.5a1.5 1.5 0 1 0 0 3a1.5 1.5 0 1 0 0-3z' },
  hub: { label: 'Hub', glyph: '❖', color: '#d2a8ff', icon: 'M8 6a2 2 0 1 0 0 4a2 2 0 1 0 0-4zM8 1.5V6M8 10v4.5M1.5 8H6M10 8h4.5' },
  branch: { label: 'Branch', glyph: '⋔', color: '#f0883e', icon: 'M2 8h5M7 8l6-5M7 8l6 5M10.5 3H13v2.5M10.5 13H13v-2.5' },
  set: { label: 'Set', glyph: '≔', color: '#56d4dd', icon: 'M2.5 5h11M2.5 11h11M6 2.5v5M10 8.5v5' },
  combat: { label: 'Combat', glyph: '⚔\uFE0E', color: '#ff8e80', icon: 'M3 3l10 10M13 3L3 13M2.5 10.5l3 3M13.5 10.5l-3 3' },
  end: { label: 'End', glyph: '⚑\uFE0E', color: '#db61a2', icon: 'M4 14.5V2M4 2.5h8.5L10.5 6l2 3.5H4' },
  group: { label: 'Group', glyph: '▢', color: '#8b949e', icon: 'M2 5.5V2h3.5M10.5 2H14v3.5M14 10.5V14h-3.5M5.5 14H2v-3.5' },
};

/** Per-type style objects made once, so a node render allocates none: `--kind` colour and `--glyph` for CSS. */
export const KIND_STYLES = Object.fromEntries(
  Object.entries(NODE_KINDS).map(([type, kind]) => [type, { '--kind': kind.color, '--glyph': JSON.stringify(kind.glyph) } as CSSProperties]),
) as Record<NodeType, CSSProperties>;
