import type { Mission } from '../../core/format/mission.types';
import type { Diagnostic } from '../../core/validate/diagnostic.types';

/** Asks the validation worker to check a mission; `text` wins when given (the file's own text, or a draft). */
export interface ValidationRequest {
  version: number;
  text?: string;
  mission?: Mission;
}

/** The worker's answer for one request. */
export interface ValidationResponse {
  version: number;
  diagnostics: Diagnostic[];
}
