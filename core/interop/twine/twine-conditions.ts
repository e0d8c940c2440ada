/**
 * Story format conditions in the mission's own expression language, where they say the same thing: a
 * SugarCube `<<if $coalition gte 3>>` or a Harlowe `(if: $coalition >= 3)` becomes `coalition >= 3`. The text
 * is only ever rewritten token by token and then read by the mission's expression parser, which refuses
 * anything outside its small language: nothing of the story is run. What does not fit (temporary variables,
 * function calls, property access, Harlowe's elided comparisons) is refused with the reason.
 */
import { analyzeCondition, formatExpression, parseCondition, type Expr } from '../../expressions';
import type { VariableType } from '../../format/mission.types';

/** A converted condition, or why it stays story format code. */
export type ConvertedCondition = { ok: true; condition: string; types: ReadonlyMap<string, VariableType> } | { ok: false; reason: string };

// One token per match, tried in order; `y` keeps each match where the previous one ended.
const TOKEN =
  /\s+|(\$[A-Za-z_][A-Za-z0-9_]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(\d+(?:\.\d+)?)|(===|!==|==|!=|>=|<=|&&|\|\||[<>!()+\-*/])|([A-Za-z_][A-Za-z0-9_]*)|([^])/y;

// The word operators of SugarCube (TwineScript) and Harlowe, in the mission language's symbols.
const WORDS: Readonly<Record<string, string>> = {
  is: '==',
  eq: '==',
  isnot: '!=',
  neq: '!=',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  and: '&&',
  or: '||',
  not: '!',
  true: 'true',
  false: 'false',
};
const SYMBOLS: Readonly<Record<string, string>> = { '===': '==', '!==': '!=' };
// Names the mission language gives a meaning of its own: a story variable of that name cannot keep it.
const TAKEN_NAMES = new Set(['visited', 'faction', 'true', 'false']);
/** Conditions longer than this stay text: the mission format's own limit on a condition. */
const MAX_CONDITION = 2000;

/** The story format's condition text in the mission language's words, or the first token that has no counterpart. */
function rewrite(source: string): { ok: true; text: string } | { ok: false; reason: string } {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const m = TOKEN.exec(source);
    if (!m) break;
    const [whole, variable, quoted, number, symbol, word, other] = m;
    if (variable !== undefined) {
      const name = variable.slice(1);
      if (TAKEN_NAMES.has(name)) return { ok: false, reason: `the variable ${variable} has a name the mission language reserves` };
      out.push(name);
    } else if (quoted !== undefined || number !== undefined) out.push(whole);
    else if (symbol !== undefined) out.push(SYMBOLS[symbol] ?? symbol);
    else if (word !== undefined) {
      const mapped = Object.prototype.hasOwnProperty.call(WORDS, word) ? WORDS[word] : undefined;
      if (mapped === undefined) return { ok: false, reason: `"${word}" has no counterpart in mission conditions` };
      // Harlowe writes "is not": one operator, not "is" then "not".
      if (mapped === '!' && out[out.length - 1] === '==') out[out.length - 1] = '!=';
      else out.push(mapped);
    } else if (other !== undefined) return { ok: false, reason: `"${other}" has no counterpart in mission conditions` };
  }
  return { ok: true, text: out.join(' ') };
}

/** The type each variable must have for the condition to make sense, from where it stands; `null` when one cannot be told. */
function inferTypes(expr: Expr, types: Map<string, VariableType | null>, wanted: VariableType | null): void {
  const note = (name: string, type: VariableType | null) => {
    const had = types.get(name);
    if (had === undefined || had === null) types.set(name, type);
    else if (type !== null && had !== type) types.set(name, had); // the analyzer reports the mismatch
  };
  switch (expr.kind) {
    case 'var':
      note(expr.name, wanted);
      return;
    case 'not':
      inferTypes(expr.arg, types, 'bool');
      return;
    case 'neg':
      inferTypes(expr.arg, types, 'number');
      return;
    case 'binary': {
      const { op, left, right } = expr;
      if (op === '&&' || op === '||') {
        inferTypes(left, types, 'bool');
        inferTypes(right, types, 'bool');
      } else if (op === '==' || op === '!=') {
        const literalType = (e: Expr): VariableType | null =>
          e.kind === 'literal' ? (typeof e.value === 'boolean' ? 'bool' : typeof e.value === 'number' ? 'number' : 'string') : null;
        inferTypes(left, types, literalType(right));
        inferTypes(right, types, literalType(left));
      } else {
        inferTypes(left, types, 'number');
        inferTypes(right, types, 'number');
      }
      return;
    }
    default:
      return;
  }
}

/**
 * Converts one story format condition. `known` holds the types the story's earlier conditions gave its
 * variables: a condition that reads a variable as another type is refused rather than declaring it twice.
 */
export function convertCondition(source: string, known: ReadonlyMap<string, VariableType>): ConvertedCondition {
  if (source.length > MAX_CONDITION) return { ok: false, reason: `it is longer than ${MAX_CONDITION} characters` };
  const rewritten = rewrite(source.trim());
  if (!rewritten.ok) return rewritten;
  if (rewritten.text === '') return { ok: false, reason: 'it is empty' };
  const parsed = parseCondition(rewritten.text);
  if (!parsed.ok) return { ok: false, reason: `it does not read as a mission condition (${parsed.error.message})` };
  const inferred = new Map<string, VariableType | null>();
  inferTypes(parsed.value, inferred, 'bool');
  const types = new Map<string, VariableType>();
  for (const [name, type] of inferred) {
    const settled = known.get(name) ?? type;
    if (settled === null) return { ok: false, reason: `the type of $${name} cannot be told from it` };
    types.set(name, settled);
  }
  const analysis = analyzeCondition(parsed.value, {
    variable: (name) => {
      const type = types.get(name);
      return type === undefined ? undefined : { id: name, type, initial: type === 'bool' ? false : type === 'number' ? 0 : '' };
    },
    hasNode: () => false,
  });
  const problem = analysis.problems[0];
  if (problem) return { ok: false, reason: problem.message };
  return { ok: true, condition: formatExpression(parsed.value), types };
}
