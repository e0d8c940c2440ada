import type { languages } from 'monaco-editor/editor/editor.api';
import type { MonacoApi } from './monaco-api';
import { expressionCompletions, type ExpressionCompletion } from './expression-completions';
import { expressionContextOf } from './expression-context';

/** The language id of conditions and effects in Monaco. */
export const EXPRESSION_LANGUAGE_ID = 'mission-expression';

/** Highlighting for conditions and effects (core/expressions): the same tokens jsep reads, nothing more. */
const EXPRESSION_MONARCH: languages.IMonarchLanguage = {
  defaultToken: 'invalid',
  constants: ['true', 'false'],
  tokenizer: {
    root: [
      [/\s+/, 'white'],
      [/[A-Za-z_$][\w$]*/, { cases: { visited: 'function', '@constants': 'constant', '@default': 'variable' } }],
      [/\d*\.?\d+(?:[eE][-+]?\d+)?/, 'number'],
      [/"/, 'string', '@doubleQuoted'],
      [/'/, 'string', '@singleQuoted'],
      [/&&|\|\||==|!=|<=|>=|\+=|-=|[<>!+\-*/=]/, 'operator'],
      [/[()]/, '@brackets'],
    ],
    doubleQuoted: [
      [/[^\\"]+/, 'string'],
      [/\\./, 'string.escape'],
      [/"/, 'string', '@pop'],
    ],
    singleQuoted: [
      [/[^\\']+/, 'string'],
      [/\\./, 'string.escape'],
      [/'/, 'string', '@pop'],
    ],
  },
};

const CONFIGURATION: languages.LanguageConfiguration = {
  brackets: [['(', ')']],
  autoClosingPairs: [
    { open: '(', close: ')' },
    { open: '"', close: '"', notIn: ['string'] },
    { open: "'", close: "'", notIn: ['string'] },
  ],
  // Variable ids are words; node ids (with dashes) are completed as a whole by the provider's own range.
  wordPattern: /[A-Za-z_$][\w$]*|\d*\.?\d+/,
};

function completionKind(monaco: MonacoApi, kind: ExpressionCompletion['kind']): languages.CompletionItemKind {
  const kinds = monaco.languages.CompletionItemKind;
  return { variable: kinds.Variable, node: kinds.Reference, value: kinds.EnumMember, keyword: kinds.Keyword, function: kinds.Function }[
    kind
  ];
}

/** Registers the expression language: tokens, brackets, and completion of the mission's variables and nodes. */
export function registerExpressionLanguage(monaco: MonacoApi): void {
  monaco.languages.register({ id: EXPRESSION_LANGUAGE_ID });
  monaco.languages.setMonarchTokensProvider(EXPRESSION_LANGUAGE_ID, EXPRESSION_MONARCH);
  monaco.languages.setLanguageConfiguration(EXPRESSION_LANGUAGE_ID, CONFIGURATION);
  monaco.languages.registerCompletionItemProvider(EXPRESSION_LANGUAGE_ID, {
    triggerCharacters: ['"', "'", '('],
    provideCompletionItems(model, position) {
      const context = expressionContextOf(model.uri.toString());
      if (!context) return { suggestions: [] };
      const text = model.getLineContent(1);
      const cursor = position.column - 1;
      const result = expressionCompletions(text, cursor, context.kind(), context.mission());
      const range = { startLineNumber: 1, startColumn: result.from + 1, endLineNumber: 1, endColumn: position.column };
      return {
        suggestions: result.items.map((item, i) => ({
          label: item.label,
          kind: completionKind(monaco, item.kind),
          detail: item.detail,
          ...(item.documentation ? { documentation: item.documentation } : {}),
          insertText: item.insertText,
          ...(item.snippet ? { insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet } : {}),
          // Keep the provider's order (variables first) among equally good matches.
          sortText: String(i).padStart(4, '0'),
          range,
        })),
      };
    },
  });
}
