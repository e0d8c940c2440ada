/** The explorer: exhaustive search of a mission's reachable states, and the diagnostics it yields. */
export type {
  EndingReach,
  ExploreOptions,
  ExploreReport,
  NeverEnabledChoice,
  SoftLock,
  Trap,
  UnreachedNode,
  Witness,
} from './explore-report.types';
export { DEFAULT_MAX_STATES, exploreMission } from './explore-mission';
export { exploreDiagnostics } from './explore-diagnostics';
export type { WitnessOptions, WitnessSearch } from './witness-for';
export { witnessFor } from './witness-for';
