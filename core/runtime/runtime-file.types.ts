/**
 * The runtime export format, `mission-studio-runtime/1`: a mission as a game loads it. The contract is
 * `runtime.schema.json` beside this file and docs/runtime-format.md; these types say the same in TypeScript.
 * Self-contained on purpose (no imports): they are the published declarations of `mission-studio/runtime`.
 */

/** The only runtime format id this build writes and reads. */
export const RUNTIME_FORMAT = 'mission-studio-runtime/1';

/** A value a variable holds. */
export type RuntimeValue = boolean | number | string;

/** The binary operators of the expression language. */
export type RuntimeBinaryOp = '&&' | '||' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/';

/** A condition or a value, pre-parsed: a loader walks this tree instead of parsing text. */
export type RuntimeExpr =
  | { kind: 'literal'; value: RuntimeValue }
  | { kind: 'var'; name: string }
  | { kind: 'visited'; nodeId: string }
  | { kind: 'not'; arg: RuntimeExpr }
  | { kind: 'neg'; arg: RuntimeExpr }
  | { kind: 'binary'; op: RuntimeBinaryOp; left: RuntimeExpr; right: RuntimeExpr };

/** One state change, e.g. `coalition += 1` is `{ target: "coalition", op: "+=", value: {literal 1} }`. */
export interface RuntimeEffect {
  target: string;
  op: '=' | '+=' | '-=';
  value: RuntimeExpr;
}

/** Where a port leads: a node id, or null when nothing is connected (taking it stops the run as a dead end). */
export type RuntimeNext = string | null;

/** The id of a string in `strings`. */
export type StringId = string;

export interface RuntimeVariable {
  id: string;
  type: 'bool' | 'number' | 'string' | 'enum';
  initial: RuntimeValue;
  /** Allowed values, for `enum` only. */
  values?: string[];
}

export interface RuntimeCastMember {
  name: StringId;
  species?: string;
  role?: string;
}

export interface RuntimeLocation {
  name: StringId;
  kind: 'ground' | 'space';
}

export interface RuntimeUnit {
  name: StringId;
  kind: 'ground' | 'space';
  hull: number;
  shields?: number;
  shieldRegen?: number;
  damage: number;
  accuracy: number;
  evasion?: number;
}

interface RuntimeNodeBase<T extends string> {
  type: T;
  /** The designer's label for the node, for logs and debugging; not a player string. */
  title: string;
}

export interface RuntimeStartNode extends RuntimeNodeBase<'start'> {
  faction: string;
  text: StringId;
  next: RuntimeNext;
}

export interface RuntimeNarrationNode extends RuntimeNodeBase<'narration'> {
  /** A cast id, or null for the narrator. */
  speaker: string | null;
  location?: string;
  lines: StringId[];
  next: RuntimeNext;
}

export interface RuntimeChoice {
  id: string;
  text: StringId;
  condition: RuntimeExpr | null;
  effects: RuntimeEffect[];
  next: RuntimeNext;
}

export interface RuntimeDialogNode extends RuntimeNodeBase<'dialog'> {
  speaker: string;
  location?: string;
  lines: StringId[];
  choices: RuntimeChoice[];
}

export interface RuntimeObjectiveNode extends RuntimeNodeBase<'objective'> {
  kind: 'talk' | 'goto' | 'interact' | 'escort' | 'defend';
  text: StringId;
  location?: string;
  target?: string;
  optional: boolean;
  next: RuntimeNext;
}

export interface RuntimeHubOption {
  id: string;
  label: StringId;
  condition: RuntimeExpr | null;
  once: boolean;
  next: RuntimeNext;
}

export interface RuntimeHubNode extends RuntimeNodeBase<'hub'> {
  text: StringId | null;
  options: RuntimeHubOption[];
  continue: { label: StringId; condition: RuntimeExpr | null; next: RuntimeNext };
}

export interface RuntimeBranchNode extends RuntimeNodeBase<'branch'> {
  cases: Array<{ id: string; condition: RuntimeExpr; next: RuntimeNext }>;
  else: RuntimeNext;
}

export interface RuntimeSetNode extends RuntimeNodeBase<'set'> {
  effects: RuntimeEffect[];
  next: RuntimeNext;
}

export type RuntimeCombatGoal =
  { type: 'defeat-all' } | { type: 'survive'; rounds: number } | { type: 'protect'; units: string[]; atLeast?: number };

export interface RuntimeCombatNode extends RuntimeNodeBase<'combat'> {
  mode: 'ground' | 'space';
  location?: string;
  allies: Array<{ unit: string; count: number }>;
  enemies: Array<{ unit: string; count: number; wave: number }>;
  goal: RuntimeCombatGoal;
  roundLimit: number;
  victory: RuntimeNext;
  defeat: RuntimeNext;
}

export interface RuntimeEndNode extends RuntimeNodeBase<'end'> {
  outcome: 'success' | 'failure';
  text: StringId;
}

export type RuntimeNode =
  | RuntimeStartNode
  | RuntimeNarrationNode
  | RuntimeDialogNode
  | RuntimeObjectiveNode
  | RuntimeHubNode
  | RuntimeBranchNode
  | RuntimeSetNode
  | RuntimeCombatNode
  | RuntimeEndNode;

/** A whole runtime file. */
export interface RuntimeFile {
  format: typeof RUNTIME_FORMAT;
  mission: {
    id: string;
    title: StringId;
    summary: StringId;
    /** The player factions the mission supports. */
    factions: string[];
  };
  /**
   * A fingerprint of the rules (nodes, ports, expressions, variables, units; not the wording): two exports with
   * the same version play the same. Saves record it, so a game can tell a save from an older export.
   */
  version: string;
  /** Where each faction starts; `any` for every faction without a start of its own. */
  starts: Record<string, string>;
  variables: RuntimeVariable[];
  cast: Record<string, RuntimeCastMember>;
  locations: Record<string, RuntimeLocation>;
  units: Record<string, RuntimeUnit>;
  /** Every flow node by id (group frames are editor-only and left out); key order carries no meaning. */
  nodes: Record<string, RuntimeNode>;
  /** The languages of `strings`, the source language first. */
  languages: string[];
  /** Per language, every player-visible string by id. A translation may lack some: fall back to the source. */
  strings: Record<string, Record<StringId, string>>;
}
