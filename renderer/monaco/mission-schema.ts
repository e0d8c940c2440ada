import type { LanguageServiceDefaults } from 'monaco-editor/languages/features/json/register';
import missionSchema from '../../core/format/mission.schema.json';

/** The URI of the source view's model: the mission JSON Schema applies to this model, and only to it. */
export const SOURCE_MODEL_URI = 'inmemory://mission-studio/source.mission.json';

/**
 * Gives the source view completion and hover documentation (from the schema's descriptions). The schema is
 * passed inline: Monaco never fetches it (schema requests stay off). Monaco's own JSON diagnostics are off:
 * the markers come from core's loader (syntax, schema and every mission check, the same list as Problems), so
 * the text is not parsed and checked a second time in the JSON worker after every keystroke.
 */
export function registerMissionSchema(json: LanguageServiceDefaults): void {
  json.setModeConfiguration({ ...json.modeConfiguration, diagnostics: false });
  json.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [{ uri: missionSchema.$id, fileMatch: [SOURCE_MODEL_URI], schema: missionSchema }],
  });
}
