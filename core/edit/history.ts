import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Mission } from '../format/mission.types';
import { applyEditToDraft, labelOf } from './apply-edit';
import type { Change, Edit, EditorDocument } from './edit.types';

enablePatches();

/** Edits with the same coalesce key closer together than this merge into one undo step. */
export const COALESCE_MS = 1000;
/** The history keeps at most this many steps; the oldest fall off. */
const HISTORY_LIMIT = 500;

/** A document with an empty history. */
export function openDocument(mission: Mission): EditorDocument {
  return { mission, history: { past: [], future: [] } };
}

/**
 * Applies an edit and records it for undo. A new change drops the redo branch; an edit with the same
 * `coalesceKey` as the last change, within COALESCE_MS, joins it (one drag or one burst of typing is one step).
 * An edit that changes nothing leaves the document as it was.
 */
export function applyEdit(doc: EditorDocument, edit: Edit, options: { coalesceKey?: string; now?: number } = {}): EditorDocument {
  return applyEditWithPatches(doc, edit, options).doc;
}

/**
 * `applyEdit`, also giving the patches of this one step (a coalesced change's entry holds the whole burst's):
 * what the document pipeline forwards to its worker so the worker's copy follows without the whole mission.
 */
export function applyEditWithPatches(
  doc: EditorDocument,
  edit: Edit,
  options: { coalesceKey?: string; now?: number } = {},
): { doc: EditorDocument; patches: Patch[] } {
  const [mission, patches, inverse] = produceWithPatches(doc.mission, (draft) => applyEditToDraft(draft, edit));
  if (patches.length === 0) return { doc, patches };
  const now = options.now ?? 0;
  const last = doc.history.past[doc.history.past.length - 1];
  const joins = options.coalesceKey !== undefined && last?.coalesceKey === options.coalesceKey && now - last.at <= COALESCE_MS;
  const change: Change = joins
    ? { ...last, patches: [...last.patches, ...patches], inverse: [...inverse, ...last.inverse], at: now }
    : { label: labelOf(edit), patches, inverse, coalesceKey: options.coalesceKey, at: now };
  const past = joins ? [...doc.history.past.slice(0, -1), change] : [...doc.history.past, change].slice(-HISTORY_LIMIT);
  return { doc: { mission, history: { past, future: [] } }, patches };
}

/** Undoes the last change, if any. */
export function undo(doc: EditorDocument): EditorDocument {
  return undoWithPatches(doc).doc;
}

/** `undo`, also giving the patches it applied (the change's inverse). */
export function undoWithPatches(doc: EditorDocument): { doc: EditorDocument; patches: Patch[] } {
  const change = doc.history.past[doc.history.past.length - 1];
  if (!change) return { doc, patches: [] };
  return {
    doc: {
      mission: applyPatches(doc.mission, change.inverse),
      history: { past: doc.history.past.slice(0, -1), future: [...doc.history.future, { ...change, coalesceKey: undefined }] },
    },
    patches: change.inverse,
  };
}

/** Redoes the last undone change, if any. */
export function redo(doc: EditorDocument): EditorDocument {
  return redoWithPatches(doc).doc;
}

/** `redo`, also giving the patches it applied. */
export function redoWithPatches(doc: EditorDocument): { doc: EditorDocument; patches: Patch[] } {
  const change = doc.history.future[doc.history.future.length - 1];
  if (!change) return { doc, patches: [] };
  return {
    doc: {
      mission: applyPatches(doc.mission, change.patches),
      history: { past: [...doc.history.past, change], future: doc.history.future.slice(0, -1) },
    },
    patches: change.patches,
  };
}

/** Labels for the Edit menu: "Undo Move 3 Nodes" / "Redo Connect", or null when there is nothing to do. */
export function historyLabels(doc: EditorDocument): { undo: string | null; redo: string | null } {
  const last = doc.history.past[doc.history.past.length - 1];
  const next = doc.history.future[doc.history.future.length - 1];
  return { undo: last ? `Undo ${last.label}` : null, redo: next ? `Redo ${next.label}` : null };
}

/** One entry of Edit > History: the state after a step (the first is the document as opened). */
export interface HistoryStep {
  label: string;
  /** The state shown now. */
  current: boolean;
  /** Done (at or before the current state) or undone (redo would bring it back). */
  done: boolean;
}

/**
 * The history as a list of states, oldest first: "Opened", each done step, then each undone step in the order
 * Redo would replay them. Going from the current state to step `i` is (current - i) undos or (i - current) redos.
 */
export function historySteps(doc: EditorDocument): HistoryStep[] {
  const { past, future } = doc.history;
  return stepsOf(
    'Opened',
    past.map((c) => c.label),
    [...future].reverse().map((c) => c.label),
  );
}

/**
 * The same list from labels: `start` names the state before every step, `done` the steps Undo would take back
 * (oldest first), `undone` the steps Redo would replay (in that order). A live room's history has no Change
 * objects of its own, only its undo manager's labels, and must read the same.
 */
export function stepsOf(start: string, done: readonly string[], undone: readonly string[]): HistoryStep[] {
  const at = done.length;
  return [start, ...done, ...undone].map((label, i) => ({ label, current: i === at, done: i <= at }));
}
