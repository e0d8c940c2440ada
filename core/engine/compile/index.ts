/** The compiled form of a mission and the step kernel: the game's rules, shared by simulator and explorer. */
export type { CompiledMission, SlotInfo } from './compiled-mission.types';
export { compileMission, getCompiledMission, TEXT_PARSERS } from './compile-mission';
export type { ExpressionParsers } from './compile-expressions';
export type { Cursor } from './cursor';
export { copyCursor, createCursor } from './cursor';
export type { CombatOutcome, Input } from './inputs';
export { findStartNode, inputForPort, portForInput, sameInput } from './inputs';
export type { StepSink, StopCode } from './step';
export { listPorts, MAX_AUTOMATIC_NODES, runFrom, STOP_END, STOP_ERROR, STOP_INPUT, takePort } from './step';
