/**
 * The `svg` export: the mission (or a selection) as the canvas draws it, on white for print. Act frames with
 * large titles, nodes with their type's colour, glyph, title, content and one labelled row per output port,
 * and edges curving from each port to the next node's input, labelled as on the canvas.
 *
 * Mission text is untrusted: every string is cleaned and escaped (svg-markup.ts), and the file has no script,
 * no event attributes, no foreignObject and no external references (fonts are generic families, so it renders
 * alike everywhere with nothing to fetch). Positions are the saved ones; nothing is laid out anew.
 */
import type { Mission } from '../../format/mission.types';
import { fitText, textWidth } from '../../graph/node-content';
import { CONTENT_FIT, CONTENT_LINE, FLOW_NODE_WIDTH, FRAME_TOP, PORT_FIT, TITLE_FIT, TITLE_ROW } from '../../graph/node-geometry';
import { NODE_KINDS } from '../../graph/node-kinds';
import type { ExportOptions, ExportResult } from '../export.types';
import {
  BOLD,
  buildScene,
  EDGE_LABEL,
  FRAME_TITLE_INSET,
  FRAME_TITLE_SIZE,
  type FittedText,
  type Scene,
  type SceneEdge,
  type SceneFrame,
  type SceneNode,
} from './picture-scene';
import { kindInk, kindTint, PAPER } from './print-palette';
import { cleanText, num, xml } from './svg-markup';

/** The largest picture drawn, px on a side: far past any real mission, and numbers stay exact to two decimals. */
export const MAX_PICTURE_SIDE = 10_000_000;

const MARGIN = 32;
/** The mission's title above the picture: its size, and the room it takes above the content. */
const HEADING = { fontSize: 28, space: 60, maxWidth: 1200 };
// Text sits on a baseline; these put it in the middle of its row (about 0.35 em below the row's centre).
const baseline = (centre: number, fontSize: number): number => centre + 0.35 * fontSize;
/** The title's centre below the node's top: graph.css gives the title row 4 px of padding and an 18 px line. */
const TITLE_CENTRE = FRAME_TOP + 4 + 9;

/** Semi-bold (a node's title) runs about 6% wider (node-geometry.ts's TITLE_FIT). */
const SEMI_BOLD = 1.06;

/**
 * For text that nearly fills its room: draw it at the width the estimate gave it (`textLength`), so a font
 * wider than the width table never runs past a node's edge or a label's plate (the canvas clips instead; the
 * picture has no clip paths, see below). Shorter text keeps its font's own width.
 */
function keepIn(text: string, fontSize: number, room: number, weight = 1): string {
  const estimate = textWidth(text, fontSize) * weight;
  return estimate > 0.8 * room ? ` textLength="${num(Math.min(estimate, room))}" lengthAdjust="spacingAndGlyphs"` : '';
}

/** A `<title>` (the tooltip and accessible name) with the full text, when what is drawn was cut short. */
const tooltip = (text: FittedText): string => (text.shown === text.full ? '' : `<title>${xml(text.full)}</title>`);

// No markers and no clip paths (hence keepIn above): resvg-js 2.6.2 (the CLI's rasterizer) aborts the whole process on a clipped
// element outside the picture (thx/resvg-js#413, #415), and markers are clipped. Arrowheads are drawn as paths
// (an edge always enters its input from the left, so they all point right), the header's rounded top is a path,
// and text is kept inside its node by fitting it (node-content.ts) rather than by clipping.
/** React Flow's closed arrow at the canvas's 16 px, its tip at (x, y). */
const arrowhead = (x: number, y: number): string => `M${num(x - 4)} ${num(y - 3.2)}L${num(x)} ${num(y)}L${num(x - 4)} ${num(y + 3.2)}Z`;

const W = FLOW_NODE_WIDTH;
// A node's top: a 3 px bar in its type's colour following the 6 px rounded corners (as CSS draws a thick top
// border beside 1 px sides), and the title row's tint below it.
const TOP_BAR = `M0 6A6 6 0 0 1 6 0H${W - 6}A6 6 0 0 1 ${W} 6H${W - 1}A5 3 0 0 0 ${W - 6} 3H6A5 3 0 0 0 1 6Z`;
const TITLE_BAND = `M1 6A5 3 0 0 1 6 3H${W - 6}A5 3 0 0 1 ${W - 1} 6V${FRAME_TOP + TITLE_ROW}H1Z`;

function drawFrame(frame: SceneFrame): string {
  const { at, width, height, title } = frame;
  return (
    `<g data-node-id="${xml(frame.id)}" data-kind="group">${tooltip(title)}` +
    `<rect x="${num(at.x)}" y="${num(at.y)}" width="${num(width)}" height="${num(height)}" rx="10" fill="${PAPER.frameFill}" stroke="${PAPER.frameStroke}" stroke-width="1.2" stroke-dasharray="6 4"/>` +
    `<text x="${num(at.x + FRAME_TITLE_INSET.x)}" y="${num(at.y + FRAME_TITLE_INSET.y)}" font-size="${FRAME_TITLE_SIZE}" font-weight="700" fill="${PAPER.frameTitle}"${keepIn(title.shown, FRAME_TITLE_SIZE, width - 2 * FRAME_TITLE_INSET.x, BOLD)}>${xml(title.shown)}</text></g>`
  );
}

function drawNode(scene: SceneNode): string {
  const { node, at, height, title, content, ports, handles } = scene;
  const type = node.type;
  const titleY = num(baseline(TITLE_CENTRE, 12));
  const contentTop = FRAME_TOP + TITLE_ROW;
  const out: string[] = [
    `<g data-node-id="${xml(node.id)}" data-kind="${xml(type)}" transform="translate(${num(at.x)} ${num(at.y)})">${tooltip(title)}`,
  ];
  out.push(
    `<rect width="${W}" height="${num(height)}" rx="6" fill="${PAPER.nodeFill}"/><path d="${TITLE_BAND}" fill="${kindTint(type)}"/>`,
  );
  out.push(`<g font-size="11">`);
  out.push(`<text x="16" y="${titleY}" font-size="12" text-anchor="middle" fill="${kindInk(type)}">${xml(NODE_KINDS[type].glyph)}</text>`);
  out.push(
    `<text x="27" y="${titleY}" font-size="12" font-weight="600" fill="${PAPER.text}"${keepIn(title.shown, 12, TITLE_FIT.width * SEMI_BOLD, SEMI_BOLD)}>${xml(title.shown)}</text>`,
  );
  content.forEach((line, i) => {
    out.push(
      `<text x="8" y="${num(baseline(contentTop + CONTENT_LINE / 2 + CONTENT_LINE * i, 11))}" fill="${PAPER.muted}"${keepIn(line, 11, CONTENT_FIT.width)}>${xml(line)}</text>`,
    );
  });
  ports.forEach((port, i) => {
    const handle = handles[i + 1];
    if (!handle) return;
    const y = num(baseline(handle.y + handle.height / 2, 11));
    out.push(
      `<text x="${W - 14}" y="${y}" text-anchor="end" fill="${PAPER.text}"${keepIn(port.shown, 11, PORT_FIT.width)}>${tooltip(port)}${xml(port.shown)}</text>`,
    );
  });
  out.push('</g>');
  if (ports.length > 0) {
    // The 1 px rule above the first port row, below the content (and its 2 px of padding) if any.
    const ruleY = contentTop + (content.length > 0 ? content.length * CONTENT_LINE + 2 : 0) + 0.5;
    out.push(`<path d="M1 ${num(ruleY)}H${W - 1}" stroke="${PAPER.rule}"/>`);
  }
  out.push(`<rect x="0.5" y="0.5" width="${W - 1}" height="${num(height - 1)}" rx="5.5" fill="none" stroke="${PAPER.nodeStroke}"/>`);
  out.push(`<path d="${TOP_BAR}" fill="${NODE_KINDS[type].color}"/>`);
  handles.forEach((h, i) => {
    if (i === 0 && !scene.hasInput) return;
    const fill = i === 0 ? PAPER.nodeFill : NODE_KINDS[type].color;
    const stroke = i === 0 ? PAPER.muted : PAPER.nodeFill;
    out.push(
      `<circle cx="${num(h.x + h.width / 2)}" cy="${num(h.y + h.height / 2)}" r="3.75" fill="${fill}" stroke="${stroke}" stroke-width="1.5"/>`,
    );
  });
  out.push('</g>');
  return out.join('');
}

function drawEdge(edge: SceneEdge): string {
  const { from, c1, c2, to } = edge.curve;
  const colour = edge.tone === 'plain' ? PAPER.edge : PAPER[edge.tone];
  // The curve stops where the arrowhead's back begins, so its line does not blunt the tip.
  const d = `M${num(from.x)} ${num(from.y)}C${num(c1.x)} ${num(c1.y)} ${num(c2.x)} ${num(c2.y)} ${num(to.x - 3)} ${num(to.y)}`;
  return (
    `<g data-edge-id="${xml(edge.id)}"><path d="${d}" fill="none" stroke="${colour}" stroke-width="1.4"/>` +
    `<path d="${arrowhead(to.x, to.y)}" fill="${colour}" stroke="${colour}" stroke-width="0.8" stroke-linejoin="round"/></g>`
  );
}

/** An edge's label on a white plate, drawn above every curve so no other edge crosses it out. */
function drawEdgeLabel(edge: SceneEdge): string {
  if (!edge.label) return '';
  const { x, y } = edge.curve.mid;
  const { width, text } = edge.label;
  return (
    `<g data-label-of="${xml(edge.id)}"><rect x="${num(x - width / 2)}" y="${num(y - EDGE_LABEL.height / 2)}" width="${num(width)}" height="${EDGE_LABEL.height}" rx="2" fill="${PAPER.labelFill}" fill-opacity="0.9"/>` +
    `<text x="${num(x)}" y="${num(baseline(y, EDGE_LABEL.fontSize))}" font-size="${EDGE_LABEL.fontSize}" text-anchor="middle" fill="${PAPER.muted}"${keepIn(text, EDGE_LABEL.fontSize, width - 2 * EDGE_LABEL.padX)}>${xml(text)}</text></g>`
  );
}

function svgOpen(minX: number, minY: number, width: number, height: number, title: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(minX)} ${num(minY)} ${num(width)} ${num(height)}" ` +
    `font-family="sans-serif" role="img"><title>${xml(title)}</title>` +
    `<rect x="${num(minX)}" y="${num(minY)}" width="${num(width)}" height="${num(height)}" fill="${PAPER.background}"/>`
  );
}

/** The picture of nothing: a small valid SVG that says why it is empty. */
function emptyPicture(mission: Mission, options: ExportOptions): string {
  const chosen = options.nodeIds;
  const why =
    chosen === undefined
      ? 'This mission has no nodes to draw.'
      : chosen.length === 0
        ? 'No nodes are chosen to draw.'
        : 'None of the chosen nodes is in this mission.';
  const heading = fitText(cleanText(mission.meta.title), 380, 20 * BOLD);
  return (
    svgOpen(0, 0, 420, 110, mission.meta.title) +
    `<text x="20" y="44" font-size="20" font-weight="700" fill="${PAPER.heading}">${xml(heading)}</text>` +
    `<text x="20" y="76" font-size="14" fill="${PAPER.muted}">${xml(why)}</text></svg>\n`
  );
}

function drawScene(scene: Scene, mission: Mission, box: NonNullable<Scene['box']>): ExportResult {
  const heading = fitText(cleanText(mission.meta.title), HEADING.maxWidth, HEADING.fontSize * BOLD);
  const minX = box.minX - MARGIN;
  const minY = box.minY - HEADING.space - MARGIN;
  // Whole pixels, so a PNG of the picture has exactly its size times the scale.
  const width = Math.ceil(Math.max(box.maxX - box.minX, textWidth(heading, HEADING.fontSize) * BOLD) + 2 * MARGIN);
  const height = Math.ceil(box.maxY - minY + MARGIN);
  if (!(width <= MAX_PICTURE_SIDE && height <= MAX_PICTURE_SIDE)) {
    const size = `${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} px`;
    const message = `the picture would be ${size}; pictures are limited to ${MAX_PICTURE_SIDE.toLocaleString('en-US')} px on a side: move far-off nodes closer, or export a selection`;
    return { text: '', diagnostics: [...scene.diagnostics, { code: 'export-error', severity: 'error', message, path: '/nodes' }] };
  }
  const parts = [
    svgOpen(minX, minY, width, height, mission.meta.title),
    `<text x="${num(box.minX)}" y="${num(box.minY - HEADING.space + HEADING.fontSize)}" font-size="${HEADING.fontSize}" font-weight="700" fill="${PAPER.heading}">${xml(heading)}</text>`,
    `<g data-layer="frames">${scene.frames.map(drawFrame).join('')}</g>`,
    `<g data-layer="edges">${scene.edges.map(drawEdge).join('')}${scene.edges.map(drawEdgeLabel).join('')}</g>`,
    `<g data-layer="nodes">${scene.nodes.map(drawNode).join('')}</g>`,
    '</svg>\n',
  ];
  return { text: parts.join('\n'), diagnostics: scene.diagnostics };
}

/** The mission, or the nodes in `options.nodeIds` with their frames and the edges between them, as an SVG picture. */
export function exportSvg(mission: Mission, options: ExportOptions): ExportResult {
  const scene = buildScene(mission, options.nodeIds);
  if (!scene.box) return { text: emptyPicture(mission, options), diagnostics: scene.diagnostics };
  return drawScene(scene, mission, scene.box);
}
