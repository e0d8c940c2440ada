import type { editor } from 'monaco-editor/editor/editor.api';

/** The id Monaco knows our theme by. */
export const MISSION_THEME_ID = 'mission-studio-dark';

/**
 * The editors' dark theme, on the app's colour tokens (renderer/styles.css). Every text colour keeps a
 * contrast of at least 4.5:1 against the background (WCAG AA), checked in theme.test.ts.
 */
export const MISSION_THEME: editor.IStandaloneThemeData = {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: '', foreground: 'e3e7ed' },
    // JSON
    { token: 'string.key.json', foreground: '8ecbff' },
    { token: 'string.value.json', foreground: 'b8e0a8' },
    { token: 'number', foreground: 'f2c38b' },
    { token: 'keyword.json', foreground: 'd9a7ff' },
    { token: 'delimiter', foreground: 'aab4c2' },
    // The expression language (token names from expression-language.ts)
    { token: 'variable', foreground: '8ecbff' },
    { token: 'function', foreground: 'd9a7ff', fontStyle: 'bold' },
    { token: 'constant', foreground: 'f2c38b' },
    { token: 'string', foreground: 'b8e0a8' },
    { token: 'string.escape', foreground: 'ffd08a' },
    { token: 'string.invalid', foreground: 'ff9d96' },
    { token: 'operator', foreground: 'e3e7ed' },
    { token: 'invalid', foreground: 'ff9d96' },
  ],
  colors: {
    'editor.background': '#111418',
    'editor.foreground': '#e3e7ed',
    'editorLineNumber.foreground': '#8a94a3',
    'editorLineNumber.activeForeground': '#e3e7ed',
    'editor.lineHighlightBackground': '#1b2028',
    'editor.selectionBackground': '#2f4a6b',
    'editor.inactiveSelectionBackground': '#263446',
    'editorCursor.foreground': '#6cb6ff',
    'editorIndentGuide.background1': '#252b34',
    'editorWidget.background': '#1f242c',
    'editorWidget.border': '#2c333d',
    'editorHoverWidget.background': '#1f242c',
    'editorHoverWidget.border': '#3a4350',
    'editorSuggestWidget.background': '#1f242c',
    'editorSuggestWidget.border': '#3a4350',
    'editorSuggestWidget.selectedBackground': '#2f4a6b',
    'editorError.foreground': '#ff7b72',
    'editorWarning.foreground': '#e3b341',
    'editorInfo.foreground': '#79c0ff',
    focusBorder: '#6cb6ff',
  },
};
