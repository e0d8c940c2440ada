// Validation off the UI thread: the page posts a mission (or raw text) with a version; this answers with the
// diagnostics located in the text. Typing never waits for validation.
import { loadMission } from '../../core/format/load';
import { serializeMission } from '../../core/format/serialize';
import type { ValidationRequest, ValidationResponse } from './validation.types';

self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const { version, text, mission } = event.data;
  const source = text ?? (mission ? serializeMission(mission) : '');
  const response: ValidationResponse = { version, diagnostics: loadMission(source).diagnostics };
  self.postMessage(response);
};
