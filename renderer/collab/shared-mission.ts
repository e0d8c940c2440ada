/**
 * The mission's Yjs document on the app's side of a room, without the network: my edits go in through core/collab's
 * one mapping (`applyEditToDoc`) under my own origin; every other change (someone else's, or my Undo there) is read
 * back (`readMission`) and handed on; Undo and Redo are a Yjs UndoManager that tracks only my origin, so they take
 * back my steps and never anyone else's. Each step keeps the label of the edit that made it ("Undo Rename Node").
 *
 * An edit means what it meant on the mission the person saw, not on the room as it is now: an edit carries whole
 * values (a title as typed so far), so applied to a room where someone else's keystroke has arrived but is not
 * shown yet, it would diff that keystroke away. So my edits are made on `seen`, a copy of the document as of the
 * last read back, and the Yjs operations they make there are merged into the room like anyone's concurrent edit.
 */
import * as Y from 'yjs';
import { applyEditToDoc, isEmptyMissionDoc, missionTypes, readMission, writeMission } from '@mission-studio/core/collab';
import { COALESCE_MS, labelOf, type Edit } from '@mission-studio/core/edit';
import type { Mission } from '@mission-studio/core/format';

/** What the shared mission tells the app. */
export interface SharedMissionEvents {
  /** The room's mission changed by something other than my edits: `label` names it for the local history. */
  changed(mission: Mission, label: string): void;
  /** My undo steps in the room changed: `done` Undo would take back (oldest first), `undone` Redo would replay, in order. */
  history(steps: { done: string[]; undone: string[] }): void;
  /** Something could not be read or written; the app says so and goes on. */
  failed(message: string): void;
}

/** The app's handle on a room's document. */
export interface SharedMission {
  /** After the first sync: an empty room gets my mission (when I may write); else the room's replaces mine. */
  joined(mine: Mission, mayWrite: boolean): void;
  edit(edit: Edit, coalesceKey: string | undefined): void;
  undo(): void;
  redo(): void;
  dispose(): void;
}

/** Others' edits arriving close together are read back once (reading the whole mission is the costly part). */
const READ_DELAY_MS = 16;
/** The local history's name for a change someone else made. */
const REMOTE_LABEL = 'Edit by Others';
/** The local history's name for taking the room's mission on joining it. */
const JOIN_LABEL = 'Join Room';

type StackItem = Y.UndoManager['undoStack'][number];
const labelOfStep = (item: StackItem): string => {
  const label = item.meta.get('label');
  return typeof label === 'string' ? label : 'Edit';
};
const stepLabel = (stack: StackItem[]): string | null => {
  const item = stack[stack.length - 1];
  return item ? labelOfStep(item) : null;
};

/** Binds `doc` (kept in step with the room by a provider, or by hand in tests) to the app. */
export function createSharedMission(doc: Y.Doc, events: SharedMissionEvents, now: () => number = () => Date.now()): SharedMission {
  /** My edits. Only these are undoable; anything else is somebody else's. */
  const mine = { name: 'my edits' };
  /** My mission written into an empty room: not an edit to undo. */
  const seeding = { name: 'seeding the room' };
  const undoManager = new Y.UndoManager(missionTypes(doc), { trackedOrigins: new Set([mine]), captureTimeout: COALESCE_MS });
  let pendingLabel = 'Edit';
  let nextLabel = REMOTE_LABEL;
  let last: { key: string | undefined; at: number } = { key: undefined, at: 0 };
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The document as the app last read it, plus my edits since (a subset of `doc`: it only ever catches up). */
  const seen = new Y.Doc();
  const catchUp = () => Y.applyUpdate(seen, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(seen)));
  catchUp();

  undoManager.on('stack-item-added', ({ stackItem }) => {
    // Undoing moves a step to the redo stack (and back): it keeps the name it had.
    const moving = undoManager.currStackItem;
    stackItem.meta.set('label', moving ? moving.meta.get('label') : pendingLabel);
  });
  // Both stacks end with the next step to take: the redo stack reversed is the order Redo replays it in.
  const tellHistory = () =>
    events.history({ done: undoManager.undoStack.map(labelOfStep), undone: undoManager.redoStack.map(labelOfStep).reverse() });
  undoManager.on('stack-item-added', tellHistory);
  undoManager.on('stack-item-popped', tellHistory);
  undoManager.on('stack-cleared', tellHistory);

  const readBack = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const label = nextLabel;
    nextLabel = REMOTE_LABEL;
    try {
      catchUp();
      const mission = readMission(doc);
      if (mission) events.changed(mission, label);
    } catch (error) {
      // The room holds something that is not a mission at all: say so, keep what is shown.
      events.failed(`The room's mission could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === mine || transaction.origin === seeding || transaction.changed.size === 0) return;
    timer ??= setTimeout(readBack, READ_DELAY_MS);
  };
  doc.on('afterTransaction', onTransaction);

  const step = (verb: 'Undo' | 'Redo') => {
    const stack = verb === 'Undo' ? undoManager.undoStack : undoManager.redoStack;
    nextLabel = `${verb} ${stepLabel(stack) ?? 'Edit'}`;
    if (verb === 'Undo') undoManager.undo();
    else undoManager.redo();
  };

  return {
    joined(mission, mayWrite) {
      if (!isEmptyMissionDoc(doc)) {
        nextLabel = JOIN_LABEL;
        readBack();
      } else if (mayWrite) {
        writeMission(doc, mission, seeding);
        catchUp();
      }
    },
    edit(edit, coalesceKey) {
      // The same coalescing as the local history: a drag or a burst of typing with one key is one step.
      const at = now();
      if (coalesceKey === undefined || coalesceKey !== last.key || at - last.at > COALESCE_MS) undoManager.stopCapturing();
      last = { key: coalesceKey, at };
      pendingLabel = labelOf(edit);
      try {
        // What the edit did to what I saw, as Yjs operations, merged into the room under my origin (for Undo).
        applyEditToDoc(seen, edit);
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(seen, Y.encodeStateVector(doc)), mine);
      } catch (error) {
        events.failed(`The edit could not be shared: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    undo: () => step('Undo'),
    redo: () => step('Redo'),
    dispose() {
      if (timer) clearTimeout(timer);
      doc.off('afterTransaction', onTransaction);
      undoManager.destroy();
      seen.destroy();
    },
  };
}
