/** core/format's public entry (@mission-studio/core/format): what the app, the CLI and the tools use of it. */
export { applyTextStyle, detectTextStyle, normalizeText } from './line-endings';
export type { TextStyle } from './line-endings';
export { LineIndex } from './line-index';
export { MAX_MISSION_CHARS, loadMission, tooLargeMessage } from './load';
export type { LoadResult } from './load';
export { locateDiagnostics } from './locate-diagnostics';
export { default as missionSchema } from './mission.schema.json';
export { FORMAT_ID, NODE_TYPES, NOTE_COLOURS } from './mission.types';
export type {
  BranchCase,
  BranchNode,
  CastMember,
  Choice,
  CombatData,
  CombatGoal,
  CombatNode,
  DialogNode,
  EndNode,
  EnemyGroup,
  GroupData,
  GroupNode,
  HubNode,
  HubOption,
  Location,
  MergeConflict,
  Mission,
  MissionEdge,
  MissionNode,
  MissionNote,
  Mode,
  NarrationNode,
  NodeType,
  NoteColour,
  ObjectiveKind,
  ObjectiveNode,
  Outcome,
  Position,
  SetNode,
  StartNode,
  Unit,
  UnitGroup,
  Value,
  VariableDecl,
  VariableType,
} from './mission.types';
export { outputPorts, portIds } from './ports';
export type { Port } from './ports';
export { serializeMission } from './serialize';
