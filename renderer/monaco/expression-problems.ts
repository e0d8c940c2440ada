import { analyzeCondition, analyzeEffect, parseCondition, parseEffect, type TypeScope } from '@mission-studio/core/expressions';
import type { Mission } from '@mission-studio/core/format';
import { missionScope } from '@mission-studio/core/validate';
import { indexMission } from '@mission-studio/core/validate';
import type { DiagnosticCode } from '@mission-studio/core/validate';

/** One problem in an expression's text, as offsets into that text (end exclusive). */
export interface ExpressionProblem {
  start: number;
  end: number;
  message: string;
  code: DiagnosticCode;
}

// One scope per mission object: missions are immutable, and the editor asks on every keystroke.
const scopes = new WeakMap<Mission, TypeScope>();

/** What names mean in `mission` (its variables, the built-in `faction`, its node ids), as the validator sees them. */
function scopeOf(mission: Mission): TypeScope {
  let scope = scopes.get(mission);
  if (!scope) {
    scope = missionScope(indexMission(mission));
    scopes.set(mission, scope);
  }
  return scope;
}

/**
 * The problems core's parser and analyzer find in one condition or effect, placed in its text. A syntax error
 * marks the one character where it is; a type or name problem has no position, so it spans the expression.
 * Empty text has none: an empty field means "no condition" to the inspector.
 */
export function expressionProblems(text: string, kind: 'condition' | 'effect', mission: Mission | null): ExpressionProblem[] {
  if (text.trim() === '') return [];
  const parsed = kind === 'condition' ? parseCondition(text) : parseEffect(text);
  if (!parsed.ok) {
    const start = Math.max(0, Math.min(parsed.error.offset, text.length - 1));
    return [{ start, end: start + 1, message: parsed.error.message, code: 'expression-error' }];
  }
  if (!mission) return [];
  const scope = scopeOf(mission);
  const value = parsed.value;
  const analysis = 'target' in value ? analyzeEffect(value, scope) : analyzeCondition(value, scope);
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return analysis.problems.map((p) => ({ start, end, ...narrowSpan(text, p.code, p.message), message: p.message, code: p.code }));
}

const WORD_CHAR = /[\w$]/;

/**
 * The analyzer gives no positions, but an unknown name or node id is quoted in its message: find that name
 * in the text (a whole word, or the quoted id inside `visited(…)`) to mark it alone. When the message has no
 * quoted name or the name is not found, the caller keeps the whole expression.
 */
function narrowSpan(text: string, code: string, message: string): Partial<Pick<ExpressionProblem, 'start' | 'end'>> {
  const quoted = /"([^"]+)"/.exec(message)?.[1];
  if (!quoted) return {};
  if (code === 'unknown-reference') {
    for (const q of ['"', "'"]) {
      const at = text.indexOf(`${q}${quoted}${q}`);
      if (at >= 0) return { start: at, end: at + quoted.length + 2 };
    }
    return {};
  }
  if (code !== 'undefined-variable' && !message.startsWith(`"${quoted}"`)) return {};
  for (let at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + quoted.length] ?? ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after) && before !== '"' && before !== "'")
      return { start: at, end: at + quoted.length };
  }
  return {};
}
