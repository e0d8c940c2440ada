import type {
  CastMember,
  Location,
  MissionEdge,
  MissionMeta,
  MissionNode,
  MissionNote,
  NoteColour,
  Position,
  Unit,
  VariableDecl,
  Mission,
} from '../format/mission.types';

/**
 * Every change to a mission, as data. The editor's commands, the inspector and the source view all produce
 * these; `applyEdit` turns one into a new mission plus the patches that undo it.
 */
export type Edit =
  /** `units`: declarations the new nodes need and the mission lacks (a new fight's first sides), added in the same step. */
  | { kind: 'add-nodes'; nodes: MissionNode[]; edges?: MissionEdge[]; units?: Unit[]; cast?: CastMember[] }
  | { kind: 'connect'; edge: MissionEdge }
  | { kind: 'delete'; nodeIds: string[]; edgeIds: string[] }
  /** A drag's drop: new positions, and a new parent group where a node crossed a frame (one undo step). */
  | { kind: 'move-nodes'; moves: NodeMove[] }
  /** Auto-layout as one undo step: new positions, and new sizes for the groups that frame them. */
  | { kind: 'layout'; moves: Array<{ id: string; position: Position }>; groupSizes: Array<{ id: string; width: number; height: number }> }
  /**
   * New title, parent or data for a node. When the data renames or removes output ports (a dialog's choice
   * ids, a hub's options, a branch's cases), `ports` says so and the edges from those ports follow in the same
   * step: renamed ports keep their edges, removed ports lose theirs. `tags`: the node's new labels (an empty
   * list removes the key, so a node without tags stays as it was written).
   */
  | {
      kind: 'update-node';
      id: string;
      title?: string;
      parentId?: string | null;
      tags?: string[];
      data?: MissionNode['data'];
      ports?: PortChanges;
    }
  /**
   * A node's new id, followed everywhere in one step: edges, children's `parentId`, and `visited("from")` in every
   * condition and effect (see `renameNode` in rename.ts, which checks the id and says what it cannot rewrite).
   */
  | { kind: 'rename-node'; from: string; to: string }
  /** A variable's new name, in its declaration and every condition and effect that reads or sets it (`renameVariable`). */
  | { kind: 'rename-variable'; from: string; to: string }
  /** New texts for node text fields (find's `textFields`: titles, lines, choices...), as Replace makes them. */
  | { kind: 'replace-text'; changes: TextChange[] }
  | { kind: 'set-meta'; meta: MissionMeta }
  | { kind: 'set-variables'; items: VariableDecl[] }
  | { kind: 'set-cast'; items: CastMember[] }
  | { kind: 'set-locations'; items: Location[] }
  | { kind: 'set-units'; items: Unit[] }
  | { kind: 'replace-mission'; mission: Mission }
  /** Takes one side of the merge conflict at `path` (a `conflicts` record): sets that value, drops the record. */
  | { kind: 'resolve-conflict'; path: string; take: 'ours' | 'theirs' }
  /** Sticky notes (`notes`): designers' comments on the canvas, which the engine and checks ignore (notes.ts). */
  | { kind: 'add-note'; note: MissionNote }
  /** A note's new text, place, width or colour; fields left out stay as they are. */
  | { kind: 'update-note'; id: string; text?: string; position?: Position; width?: number; colour?: NoteColour }
  | { kind: 'delete-notes'; ids: string[] }
  /**
   * Several edits as one undo step, applied in order to one draft: a node added and connected, a node
   * inserted on an edge. Whoever watches the mission sees the whole batch or none of it.
   */
  | { kind: 'batch'; label: string; edits: Edit[] }
  /**
   * The source view's text as patches: the document pipeline parsed the text off the UI thread and sends the
   * difference from the mission it had, so unchanged parts keep their objects (and the canvas its nodes).
   */
  | { kind: 'apply-patches'; label: string; patches: import('immer').Patch[] };

/**
 * One node's move. `position` is relative to the node's parent after the move; `parentId` changes that parent
 * too (null: out of every group), so a node dropped into or out of a group frame is one step, not two.
 */
export interface NodeMove {
  id: string;
  position: Position;
  parentId?: string | null;
}

/** One text field's new text: `path` is a JSON pointer relative to the node, as `FindMatch.path`. */
export interface TextChange {
  nodeId: string;
  path: string;
  text: string;
}

/** How an update changes a node's output ports; renames apply together (`a`->`b` and `b`->`a` swap). */
export interface PortChanges {
  renamed?: Array<{ from: string; to: string }>;
  removed?: string[];
}

/** One entry of the undo history: what it was called and the patches that redo and undo it. */
export interface Change {
  label: string;
  patches: import('immer').Patch[];
  inverse: import('immer').Patch[];
  /** Edits with the same key arriving within `COALESCE_MS` merge into one entry (a drag, a burst of typing). */
  coalesceKey?: string;
  at: number;
}

/** Undo history: `past` newest last; `future` holds undone changes, next to redo last. */
export interface History {
  past: Change[];
  future: Change[];
}

/** The edited mission and its history. */
export interface EditorDocument {
  mission: Mission;
  history: History;
}
