import type { LanguageServiceDefaults } from 'monaco-editor/languages/features/json/register';
import { missionSchema } from '@mission-studio/core/format';

/** The URI of the source view's model: the mission JSON Schema applies to this model, and only to it. */
export const SOURCE_MODEL_URI = 'inmemory://mission-studio/source.mission.json';

/**
 * Gives the source view completion and hover documentation (from the schema's descriptions). The schema is
 * passed inline: Monaco never fetches it (schema requests stay off). What would make the JSON worker parse the
 * whole text after every keystroke is off, since it competes for the machine's cores with the document worker:
 * its diagnostics (the markers come from core's loader: syntax, schema and every mission check, the same list
 * as Problems), colour swatches (a mission has no colours), its folding and outline (the view folds by
 * indentation and shows no outline).
 */
export function registerMissionSchema(json: LanguageServiceDefaults): void {
  json.setModeConfiguration({ ...json.modeConfiguration, diagnostics: false, colors: false, foldingRanges: false, documentSymbols: false });
  json.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [{ uri: missionSchema.$id, fileMatch: [SOURCE_MODEL_URI], schema: missionSchema }],
  });
}
