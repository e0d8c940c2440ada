/** core/document's public entry (@mission-studio/core/document): what the app, the CLI and the tools use of it. */
export { DocumentProcessor } from './process-document';
export type { DocumentResult } from './process-document';
export { samePlay } from './same-play';
export { applyTextChange, diffText } from './text-diff';
export type { TextChange } from './text-diff';
