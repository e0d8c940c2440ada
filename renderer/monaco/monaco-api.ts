/**
 * The Monaco bundle: the editor core with all its editing features, the JSON language and our expression
 * language. Only `load-monaco.ts` imports this file, with a dynamic `import()`, so all of Monaco is a chunk of
 * its own that the page fetches the first time an editor is shown, never at startup and never from a CDN.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
// All editing features, but no language beyond JSON (`editor.main` would add some eighty). Picking features one
// by one saves nothing: Monaco's JSON mode imports every feature itself (internal/common/workers.js).
import 'monaco-editor/features/register.all';
import { registerExpressionLanguage } from './expression-language';
import { registerMissionSchema } from './mission-schema';
import { MISSION_THEME, MISSION_THEME_ID } from './theme';

// Workers are bundled by Vite as same-origin module files (the CSP allows 'self' workers); Monaco asks for
// one by label. Everything that is not JSON (our expression language included) uses the plain editor worker.
self.MonacoEnvironment = {
  getWorker(_moduleId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

monaco.editor.defineTheme(MISSION_THEME_ID, MISSION_THEME);
registerMissionSchema(jsonDefaults);
registerExpressionLanguage(monaco);

export { monaco };

/** The Monaco API as this app loads it. */
export type MonacoApi = typeof monaco;
