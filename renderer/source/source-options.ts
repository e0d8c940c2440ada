/**
 * How the source view sets up Monaco: one place, so the benchmark's editor-alone baseline
 * (bench/renderer/monaco-baseline) types into exactly the editor the app shows.
 */
import type { editor } from 'monaco-editor/editor/editor.api';
import { MISSION_THEME_ID } from '../monaco/theme';

/** The most lines a text may have for the source view to fold it. */
export const FOLDING_MAX_LINES = 20_000;

export const SOURCE_OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  theme: MISSION_THEME_ID,
  language: 'json',
  ariaLabel: 'Mission source',
  automaticLayout: true,
  fixedOverflowWidgets: true,
  fontSize: 13,
  fontFamily: "ui-monospace, 'Cascadia Code', Menlo, monospace",
  tabSize: 2,
  insertSpaces: true,
  detectIndentation: false,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  glyphMargin: false,
  renderValidationDecorations: 'on',
  wordBasedSuggestions: 'off',
  // A real <textarea> takes the keys, not Chromium's EditContext <div>: libraries that leave keys in text fields
  // alone (React Flow's Space-to-pan and Backspace-to-delete, our shortcuts) recognise a textarea.
  editContext: false,
  // Both read the JSON worker's outline of the whole text after every edit: on a mission of thousands of lines
  // that cost the page more than the edit. Indentation folding is computed here, incrementally.
  stickyScroll: { enabled: false },
  foldingStrategy: 'indentation',
};
