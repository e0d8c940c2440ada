/**
 * The mission file format, version 2 (`*.mission.json`), as TypeScript types. Version 1 files are upgraded as
 * they load (`migrations.ts`).
 * `mission.schema.json` beside this file is the same contract as a JSON Schema; a test keeps them in step.
 *
 * Both are kept by hand, on purpose. Types generated from the schema (json-schema-to-typescript) come out as
 * loose unions without these doc comments, which are the format's reference in every editor; a schema generated
 * from the types (ts-json-schema-generator) cannot say what the validator needs (per-type `if`/`then`, patterns,
 * bounds, messages). The test is cheaper than either tool's gaps.
 */

/** The format id this build writes (older ones are migrated on load). */
export const FORMAT_ID = 'mission-studio/2';

/** A whole mission file. Key order here is the key order on disk. */
export interface Mission {
  format: typeof FORMAT_ID;
  meta: MissionMeta;
  variables: VariableDecl[];
  cast: CastMember[];
  locations: Location[];
  units: Unit[];
  nodes: MissionNode[];
  edges: MissionEdge[];
  /** Merge conflicts still to resolve (`mission-studio merge`); absent when there are none. */
  conflicts?: MergeConflict[];
  /** Sticky-note comments on the canvas, for designers only (the engine and checks ignore them); absent when none. */
  notes?: MissionNote[];
}

/** The colours a sticky note's paper comes in (yellow when absent). */
export const NOTE_COLOURS = ['yellow', 'blue', 'green', 'pink'] as const;
export type NoteColour = (typeof NOTE_COLOURS)[number];

/** A sticky note on the canvas: plain text, never HTML; `position` is its top-left corner on the canvas. */
export interface MissionNote {
  id: string;
  text: string;
  position: Position;
  /** In canvas pixels; 200 when absent. */
  width?: number;
  colour?: NoteColour;
}

/**
 * One field both sides of a three-way merge changed differently. `path` is an id path (`/nodes/dock/data/title`:
 * list items by id, see core/format/id-path.ts). A value left out means the item did not exist on that side.
 * The mission holds `ours` until someone takes one side.
 */
export interface MergeConflict {
  path: string;
  base?: unknown;
  ours?: unknown;
  theirs?: unknown;
}

export interface MissionMeta {
  id: string;
  title: string;
  summary: string;
  /** Player factions the mission supports, e.g. `federation`, `klingon`. */
  factions: string[];
  authors?: string[];
  tags?: string[];
  /**
   * BCP 47 tags of the languages the mission is played in, its source language (the one its text is written in)
   * first; translations are `NAME.LANG.strings.csv` files beside the mission. Absent: English only.
   */
  languages?: string[];
}

export type VariableType = 'bool' | 'number' | 'string' | 'enum';
export type Value = boolean | number | string;

export interface VariableDecl {
  id: string;
  type: VariableType;
  initial: Value;
  /** Allowed values, for `enum` only. */
  values?: string[];
  description?: string;
}

export interface CastMember {
  id: string;
  name: string;
  species?: string;
  role?: string;
}

export type Mode = 'ground' | 'space';

export interface Location {
  id: string;
  name: string;
  kind: Mode;
}

/** A combatant type. Stats drive the seeded combat model in `core/engine/combat`. */
export interface Unit {
  id: string;
  name: string;
  kind: Mode;
  /** Damage it can take before it is destroyed. */
  hull: number;
  /** Space only: absorbs damage before the hull does. */
  shields?: number;
  /** Space only: shield points restored at the end of each round. */
  shieldRegen?: number;
  /** Damage of one hit. */
  damage: number;
  /** Chance to hit, 0..1, before the target's evasion. */
  accuracy: number;
  /** Chance to avoid a hit, 0..1. */
  evasion?: number;
}

export interface Position {
  x: number;
  y: number;
}

interface NodeBase<T extends string, D> {
  id: string;
  type: T;
  title: string;
  /** Relative to the parent group when `parentId` is set (React Flow's convention). */
  position: Position;
  /** Id of the `group` node that frames this one. */
  parentId?: string;
  /** Free labels for the designer (a Twine passage's tags); never shown to players. */
  tags?: string[];
  data: D;
}

export interface StartData {
  /** One of `meta.factions`, or `any`. A faction's own start wins over an `any` start. */
  faction: string;
  text: string;
}

export interface NarrationData {
  /** Cast id; no speaker means the narrator. */
  speaker?: string;
  lines: string[];
  location?: string;
}

export interface Choice {
  id: string;
  text: string;
  condition?: string;
  effects?: string[];
}

export interface DialogData {
  speaker: string;
  lines: string[];
  choices: Choice[];
  location?: string;
}

export type ObjectiveKind = 'talk' | 'goto' | 'interact' | 'escort' | 'defend';

export interface ObjectiveData {
  kind: ObjectiveKind;
  /** What the player must do, as the objective tracker shows it. */
  text: string;
  location?: string;
  /** A cast id or a unit id. */
  target?: string;
  /** Shown as an optional objective (side quests). */
  optional?: boolean;
}

export interface HubOption {
  id: string;
  label: string;
  condition?: string;
  /** The option vanishes once taken. */
  once?: boolean;
}

export interface HubData {
  text?: string;
  options: HubOption[];
  continue: { label: string; condition?: string };
}

export interface BranchCase {
  id: string;
  condition: string;
}

export interface BranchData {
  /** Tried in order; the first true case wins, else the `else` port. */
  cases: BranchCase[];
}

export interface SetData {
  effects: string[];
}

export interface UnitGroup {
  unit: string;
  count: number;
}

export interface EnemyGroup extends UnitGroup {
  /** Waves arrive in order, the next when the previous is destroyed. Default 1. */
  wave?: number;
}

export type CombatGoal =
  | { type: 'defeat-all' }
  | { type: 'survive'; rounds: number }
  /** The listed ally units must survive: all of them, or at least `atLeast` of them. */
  | { type: 'protect'; units: string[]; atLeast?: number };

export interface CombatData {
  mode: Mode;
  location?: string;
  /** The player's ship or squad first, then named allies such as ships to rescue. */
  allies: UnitGroup[];
  enemies: EnemyGroup[];
  goal: CombatGoal;
  /** Past this many rounds without reaching the goal, the fight is lost (a `survive` goal is met). */
  roundLimit: number;
}

export type Outcome = 'success' | 'failure';

export interface EndData {
  outcome: Outcome;
  text: string;
}

export interface GroupData {
  width: number;
  height: number;
}

export type StartNode = NodeBase<'start', StartData>;
export type NarrationNode = NodeBase<'narration', NarrationData>;
export type DialogNode = NodeBase<'dialog', DialogData>;
export type ObjectiveNode = NodeBase<'objective', ObjectiveData>;
export type HubNode = NodeBase<'hub', HubData>;
export type BranchNode = NodeBase<'branch', BranchData>;
export type SetNode = NodeBase<'set', SetData>;
export type CombatNode = NodeBase<'combat', CombatData>;
export type EndNode = NodeBase<'end', EndData>;
export type GroupNode = NodeBase<'group', GroupData>;

export type MissionNode =
  StartNode | NarrationNode | DialogNode | ObjectiveNode | HubNode | BranchNode | SetNode | CombatNode | EndNode | GroupNode;

export type NodeType = MissionNode['type'];

export const NODE_TYPES: readonly NodeType[] = [
  'start',
  'narration',
  'dialog',
  'objective',
  'hub',
  'branch',
  'set',
  'combat',
  'end',
  'group',
];

export interface MissionEdge {
  id: string;
  source: string;
  /** The output port of `source` this edge leaves from. */
  sourceHandle: string;
  target: string;
}
