import type { LanguageServiceDefaults } from 'monaco-editor/languages/features/json/register';
import missionSchema from '../../core/format/mission.schema.json';

/** The URI of the source view's model: the mission JSON Schema applies to this model, and only to it. */
export const SOURCE_MODEL_URI = 'inmemory://mission-studio/source.mission.json';

/**
 * Gives the source view completion, hover documentation (from the schema's descriptions) and schema
 * markers. The schema is passed inline: Monaco never fetches it (schema requests stay off).
 */
export function registerMissionSchema(json: LanguageServiceDefaults): void {
  json.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [{ uri: missionSchema.$id, fileMatch: [SOURCE_MODEL_URI], schema: missionSchema }],
  });
}
