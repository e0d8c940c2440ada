/** core/graph's public entry (@mission-studio/core/graph): what the app, the CLI and the tools use of it. */
export { canvasPosition, frameParent } from './canvas-position';
export { edgeLabels } from './edge-labels';
export { castNames, contentLine, fitLines, fitText } from './node-content';
export type { NameLookup } from './node-content';
export {
  CONTENT_FIT,
  CONTENT_LINE,
  FLOW_NODE_WIDTH,
  PORT_FIT,
  PORT_ROW,
  TITLE_FIT,
  TITLE_ROW,
  contentLinesFor,
  flowNodeHeight,
  handlePlaces,
  portHandleTop,
} from './node-geometry';
export type { HandlePlace } from './node-geometry';
export { NODE_KINDS } from './node-kinds';
