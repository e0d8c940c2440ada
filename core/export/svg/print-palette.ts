import type { NodeType } from '../../format/mission.types';
import { NODE_KINDS } from '../../graph/node-kinds';

// The canvas is dark; paper is white. The picture keeps each type's colour (NODE_KINDS) for what is drawn in
// it (a node's top bar, its handles) and derives from it what must read on white: a darker ink for the glyph and
// a pale tint behind the title. Greys are GitHub's Primer light scale, made for text on white.

/** Colours of the picture's paper, text and lines. */
export const PAPER = {
  background: '#ffffff',
  heading: '#1f2328',
  text: '#1f2328',
  muted: '#59636e',
  rule: '#d1d9e0',
  nodeFill: '#ffffff',
  nodeStroke: '#818b98',
  frameFill: '#f6f8fa',
  frameStroke: '#818b98',
  frameTitle: '#393f46',
  edge: '#59636e',
  victory: '#1a7f37',
  defeat: '#cf222e',
  labelFill: '#ffffff',
} as const;

const channels = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const toHex = (rgb: number[]): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** `hex` moved `amount` (0..1) of the way towards `target`, both `#rrggbb`. */
export function mix(hex: string, target: string, amount: number): string {
  const to = channels(target);
  return toHex(channels(hex).map((c, i) => c + ((to[i] as number) - c) * amount));
}

/** A type's colour darkened to read as text on white (the glyph beside a node's title). */
export const kindInk = (type: NodeType): string => mix(NODE_KINDS[type].color, '#000000', 0.45);
/** A type's colour paled to sit behind dark text (a node's title row). */
export const kindTint = (type: NodeType): string => mix(NODE_KINDS[type].color, '#ffffff', 0.84);
