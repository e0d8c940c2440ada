/** Recorded playthroughs: a run's inputs and expected outcome, replayed to catch behaviour changes. */
export type { FirstDifference, Playthrough, PlaythroughExpect, PlayStep, ReplayVerdict } from './playthrough.types';
export { PLAYTHROUGH_FORMAT } from './playthrough.types';
export type { PlayedRun } from './play-steps';
export { playSteps } from './play-steps';
export type { TranscriptOptions } from './transcript';
export { canonicalTranscript, formatRound, formatTranscript, transcriptHash } from './transcript';
export { fnv1a64 } from './fnv1a64';
export type { ParseResult } from './parse-playthrough';
export { checkInputs, checkPlaythrough, parsePlaythrough } from './parse-playthrough';
export type { RecordOptions } from './record-playthrough';
export { recordPlaythrough, serializePlaythrough } from './record-playthrough';
export { replayPlaythrough } from './replay-playthrough';
