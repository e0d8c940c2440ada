/** core/edit's public entry (@mission-studio/core/edit): what the app, the CLI and the tools use of it. */
export { copyNodes, parseFragment, pasteEdit } from './clipboard';
export { unitForNewRow, withCombatDefaults } from './combat-defaults';
export { withDialogDefaults } from './dialog-defaults';
export type { Change, Edit, EditorDocument, NodeMove, PortChanges } from './edit.types';
export type { HistoryStep } from './history';
export { findInMission, replaceAllMatches, replaceMatch } from './find';
export type { FindMatch } from './find';
export { freeShift, nodeRect, occupiedRects } from './free-space';
export type { PlacementArea, Rect } from './free-space';
export {
  applyEdit,
  applyEditWithPatches,
  COALESCE_MS,
  historyLabels,
  historySteps,
  openDocument,
  redoWithPatches,
  stepsOf,
  undo,
  undoWithPatches,
} from './history';
export { labelOf } from './apply-edit';
export { INSERTABLE_TYPES, insertOnEdge } from './insert-on-edge';
export { ID_PATTERN, MAX_ID_LENGTH, VARIABLE_ID_PATTERN, variableNameProblem } from './names';
export { freshNodeId, nodeTemplate } from './node-templates';
export { inlineText, inlineTextEdit } from './inline-text';
export type { InlineField } from './inline-text';
export { addNoteEdit, NOTE_MAX_WIDTH, NOTE_MIN_WIDTH, NOTE_WIDTH, noteWidth } from './notes';
export { renameNode, renameVariable } from './rename';
export type { UnparsedExpression } from './rewrite-expressions';
export { findUsages } from './usages';
export type { DeclarationKind, Usage, UsageAccess } from './usages';
