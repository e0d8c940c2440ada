import type { Mission, MissionEdge, MissionNode, Position } from '../../format/mission.types';
import { outputPorts } from '../../format/ports';
import { canvasPosition, frameParent } from '../../graph/canvas-position';
import { edgeCurve, type EdgeCurve } from '../../graph/edge-curve';
import { edgeLabels } from '../../graph/edge-labels';
import { castNames, contentLine, fitLines, fitText, textWidth, truncate } from '../../graph/node-content';
import {
  CONTENT_FIT,
  contentLinesFor,
  FLOW_NODE_WIDTH,
  flowNodeHeight,
  HANDLE,
  handlePlaces,
  PORT_FIT,
  TITLE_FIT,
  type HandlePlace,
} from '../../graph/node-geometry';
import type { Diagnostic } from '../../validate/diagnostic.types';
import { cleanText } from './svg-markup';

/** A line of text as drawn (cut to fit its room) and in full (for the tooltip, when it was cut). */
export interface FittedText {
  shown: string;
  full: string;
}

/** A group's frame: where it is on the canvas, its size and its title. */
export interface SceneFrame {
  id: string;
  at: Position;
  width: number;
  height: number;
  title: FittedText;
}

/** A flow node as the canvas draws it: its place, height and rows. */
export interface SceneNode {
  id: string;
  node: MissionNode;
  at: Position;
  height: number;
  title: FittedText;
  content: string[];
  ports: FittedText[];
  /** Start nodes take no edge on the canvas, so they draw no input. */
  hasInput: boolean;
  /** The input's place (first, even for a start node: an edge into one ends there) and each port's, relative to `at`. */
  handles: HandlePlace[];
}

/** An edge: its curve, how it is coloured (a fight's results stand out) and its label. */
export interface SceneEdge {
  id: string;
  tone: 'plain' | 'victory' | 'defeat';
  curve: EdgeCurve;
  label?: { text: string; width: number };
}

/** The smallest box around everything drawn, in canvas pixels. */
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Everything the picture shows, placed: frames outermost first, then edges, then nodes. */
export interface Scene {
  frames: SceneFrame[];
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** Null when there is nothing to draw. */
  box: Box | null;
  /** Edges that cannot be drawn (an end or a port is missing); the validator reports them as errors too. */
  diagnostics: Diagnostic[];
}

/** Bold text runs about 8% wider than the width table's regular face (frame titles, the heading). */
export const BOLD = 1.08;
/** A group title's size, px: large, so an act reads from across the room. */
export const FRAME_TITLE_SIZE = 22;
/** A group title's inset from the frame's left edge and its baseline below the frame's top, px. */
export const FRAME_TITLE_INSET = { x: 14, y: 32 };
/** An edge label's size and its background's padding, px (React Flow's edge text on the canvas). */
export const EDGE_LABEL = { fontSize: 10, padX: 4, height: 14 };
// A tooltip's full text is for reading, not for carrying 20,000 characters per node into the file.
const TOOLTIP_MAX = 400;

const fitted = (text: string, width: number, fontSize: number): FittedText => {
  const clean = cleanText(text);
  return { shown: fitText(clean, width, fontSize), full: truncate(clean, TOOLTIP_MAX) };
};

/** The nodes to draw: all of them, or the chosen ones and every group around them. */
function chosenIds(byId: ReadonlyMap<string, MissionNode>, nodeIds: readonly string[] | undefined): Set<string> {
  if (nodeIds === undefined) return new Set(byId.keys());
  // A selected act means what is in it: a designer clicks the act's title to export that act.
  const picked = new Set(nodeIds);
  const inPickedGroup = (node: MissionNode): boolean => {
    const seen = new Set<string>();
    for (
      let parent = frameParent(node, byId);
      parent !== undefined && !seen.has(parent);
      parent = frameParent(byId.get(parent) as MissionNode, byId)
    ) {
      if (picked.has(parent)) return true;
      seen.add(parent);
    }
    return false;
  };
  const chosen = new Set<string>();
  for (const node of byId.values()) {
    if (!picked.has(node.id) && !inPickedGroup(node)) continue;
    for (let at: MissionNode | undefined = node; at && !chosen.has(at.id); at = byId.get(frameParent(at, byId) ?? '')) chosen.add(at.id);
  }
  return chosen;
}

/** How many frames are around a group (a parent cycle ends the count), so outer frames are drawn first. */
function frameDepth(node: MissionNode, byId: ReadonlyMap<string, MissionNode>): number {
  const seen = new Set([node.id]);
  let depth = 0;
  for (
    let parent = frameParent(node, byId);
    parent !== undefined && !seen.has(parent);
    parent = frameParent(byId.get(parent) as MissionNode, byId)
  ) {
    seen.add(parent);
    depth++;
  }
  return depth;
}

function sceneNode(node: Exclude<MissionNode, { type: 'group' }>, at: Position, names: ReadonlyMap<string, string>): SceneNode {
  const content = cleanText(contentLine(node, names));
  const lines = content === '' ? [] : fitLines(content, CONTENT_FIT.width, CONTENT_FIT.fontSize, contentLinesFor(node.type));
  const ports = outputPorts(node);
  return {
    id: node.id,
    node,
    at,
    height: flowNodeHeight(lines.length, ports.length),
    title: fitted(node.title, TITLE_FIT.width, TITLE_FIT.fontSize),
    content: lines,
    ports: ports.map((p) => fitted(p.label, PORT_FIT.width, PORT_FIT.fontSize)),
    hasInput: node.type !== 'start',
    handles: handlePlaces(
      true,
      ports.map((p) => p.id),
      lines.length,
    ),
  };
}

/** A handle's connecting point on the canvas: the outer middle of its side, as React Flow joins edges to it. */
const joint = (node: SceneNode, handle: HandlePlace): Position => ({
  x: node.at.x + handle.x + (handle.side === 'right' ? handle.width : 0),
  y: node.at.y + handle.y + handle.height / 2,
});

/** Why an edge between drawn nodes cannot be drawn, or null when it can. */
function edgeProblem(edge: MissionEdge, source: MissionNode | undefined, target: MissionNode | undefined, hasPort: boolean): string | null {
  if (!source) return `its source '${edge.source}' does not exist`;
  if (!target) return `its target '${edge.target}' does not exist`;
  if (source.type === 'group') return `it leaves group '${source.id}', and groups have no ports`;
  if (target.type === 'group') return `it enters group '${target.id}', and groups are frames, not steps`;
  if (!hasPort) return `node '${source.id}' has no port '${edge.sourceHandle}'`;
  return null;
}

function grow(box: Box | null, minX: number, minY: number, maxX: number, maxY: number): Box {
  if (!box) return { minX, minY, maxX, maxY };
  return { minX: Math.min(box.minX, minX), minY: Math.min(box.minY, minY), maxX: Math.max(box.maxX, maxX), maxY: Math.max(box.maxY, maxY) };
}

/**
 * What the picture of `mission` shows, placed from the saved positions as the canvas places it: every node (or
 * the `nodeIds` chosen, their frames, and the edges between them), in canvas pixels.
 */
export function buildScene(mission: Mission, nodeIds?: readonly string[]): Scene {
  const byId = new Map(mission.nodes.map((n) => [n.id, n]));
  const chosen = chosenIds(byId, nodeIds);
  const names = castNames(mission);
  const frames: Array<SceneFrame & { depth: number }> = [];
  const nodes: SceneNode[] = [];
  const drawn = new Map<string, SceneNode>();
  let box: Box | null = null;
  for (const node of mission.nodes) {
    if (!chosen.has(node.id)) continue;
    const at = canvasPosition(node.id, byId);
    if (node.type === 'group') {
      const { width, height } = node.data;
      frames.push({
        id: node.id,
        at,
        width,
        height,
        title: fitted(node.title, width - 2 * FRAME_TITLE_INSET.x, FRAME_TITLE_SIZE * BOLD),
        depth: frameDepth(node, byId),
      });
      box = grow(box, at.x, at.y, at.x + width, at.y + height);
      continue;
    }
    const scene = sceneNode(node, at, names);
    nodes.push(scene);
    drawn.set(node.id, scene);
    box = grow(box, at.x - HANDLE / 2, at.y, at.x + FLOW_NODE_WIDTH + HANDLE / 2, at.y + scene.height);
  }
  frames.sort((a, b) => a.depth - b.depth);

  const labels = edgeLabels(mission);
  const edges: SceneEdge[] = [];
  const diagnostics: Diagnostic[] = [];
  mission.edges.forEach((edge, e) => {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    // An edge with an end outside the selection is simply not part of this picture.
    if ((source && !chosen.has(source.id)) || (target && !chosen.has(target.id))) return;
    const from = drawn.get(edge.source);
    const to = drawn.get(edge.target);
    const port = from?.handles.find((h) => h.type === 'source' && h.id === edge.sourceHandle);
    const problem = edgeProblem(edge, source, target, port !== undefined);
    if (problem !== null || !from || !to || !port) {
      const message = `edge '${edge.id}' is not in the picture: ${problem ?? 'an end is not drawn'}`;
      diagnostics.push({ code: 'dangling-edge', severity: 'warning', message, edgeId: edge.id, path: `/edges/${e}` });
      return;
    }
    const curve = edgeCurve(joint(from, port), joint(to, to.handles[0] as HandlePlace));
    const tone =
      from.node.type === 'combat' && (edge.sourceHandle === 'victory' || edge.sourceHandle === 'defeat') ? edge.sourceHandle : 'plain';
    const text = labels.get(edge.id);
    const scene: SceneEdge = { id: edge.id, tone, curve };
    for (const p of [curve.from, curve.c1, curve.c2, curve.to]) box = grow(box, p.x, p.y, p.x, p.y);
    if (text !== undefined) {
      const label = cleanText(text);
      scene.label = { text: label, width: textWidth(label, EDGE_LABEL.fontSize) + 2 * EDGE_LABEL.padX };
      const { x, y } = curve.mid;
      box = grow(box, x - scene.label.width / 2, y - EDGE_LABEL.height / 2, x + scene.label.width / 2, y + EDGE_LABEL.height / 2);
    }
    edges.push(scene);
  });
  return { frames: frames.map(({ depth: _depth, ...frame }) => frame), nodes, edges, box, diagnostics };
}
