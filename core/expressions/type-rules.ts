/** The two type rules that involve enums: comparing with `==`/`!=` and assigning with `=`. */
import type { VariableType } from '../format/mission.types';

/** What the analyzer knows about a sub-expression's type. */
export interface TypeInfo {
  type: VariableType | 'unknown';
  /** The allowed values, when `type` is 'enum'. */
  values?: readonly string[] | undefined;
  /** The text, when the expression is a string literal (enums compare with those). */
  literal?: string;
  /** The variable's name, when the expression is a variable (for messages). */
  name?: string;
}

/** How messages refer to an operand: its name, its literal text, or `fallback`. */
export function describe(t: TypeInfo, fallback: string): string {
  if (t.name !== undefined) return `"${t.name}"`;
  if (t.literal !== undefined) return JSON.stringify(t.literal);
  return fallback;
}

/** "a number", "an enum", "true or false": a type as messages say it. */
export function article(type: VariableType | 'unknown'): string {
  return type === 'enum' ? 'an enum' : type === 'bool' ? 'true or false' : type === 'unknown' ? 'of unknown type' : `a ${type}`;
}

function listValues(values: readonly string[]): string {
  return values.length === 0 ? '(no values declared)' : values.map((v) => JSON.stringify(v)).join(', ');
}

function notAValue(e: TypeInfo, literal: string): string {
  return `${describe(e, 'this enum')} can only be ${listValues(e.values ?? [])}; ${JSON.stringify(literal)} is not one of them`;
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return new Set(b).size === set.size && b.every((v) => set.has(v));
}

/** Why `l op r` (`==` or `!=`) is ill-typed, or undefined when it is fine. */
export function comparisonProblem(op: '==' | '!=', l: TypeInfo, r: TypeInfo): string | undefined {
  if (l.type === 'unknown' || r.type === 'unknown') return undefined;
  if (l.type === 'enum' && r.type === 'enum') {
    const theirs = new Set(r.values ?? []);
    if ((l.values ?? []).some((v) => theirs.has(v))) return undefined;
    return `${describe(l, 'the left side')} and ${describe(r, 'the right side')} are enums with no value in common, so ${op} is always ${op === '!='}`;
  }
  const [e, other] = l.type === 'enum' ? [l, r] : r.type === 'enum' ? [r, l] : [undefined, undefined];
  if (e && other) {
    if (other.type === 'string' && other.literal !== undefined) {
      return (e.values ?? []).includes(other.literal) ? undefined : notAValue(e, other.literal);
    }
    return `${describe(e, 'this enum')} is an enum: compare it with one of its values in quotes (${listValues(e.values ?? [])})`;
  }
  if (l.type === r.type) return undefined;
  return `${op} compares values of one type, but ${describe(l, 'the left side')} is ${article(l.type)} and ${describe(r, 'the right side')} is ${article(r.type)}`;
}

/** Why `target = value` is ill-typed, or undefined when it is fine. */
export function assignmentProblem(target: TypeInfo, value: TypeInfo): string | undefined {
  if (value.type === 'unknown' || target.type === 'unknown') return undefined;
  if (target.type === 'enum') {
    if (value.type === 'enum') {
      if (sameValues(target.values ?? [], value.values ?? [])) return undefined;
      return `${describe(target, 'the target')} and ${describe(value, 'the value')} are enums with different values`;
    }
    if (value.type === 'string' && value.literal !== undefined) {
      return (target.values ?? []).includes(value.literal) ? undefined : notAValue(target, value.literal);
    }
    return `${describe(target, 'the target')} is an enum: set it to one of its values in quotes (${listValues(target.values ?? [])})`;
  }
  if (target.type === value.type) return undefined;
  const what = value.literal !== undefined || value.name !== undefined ? `${describe(value, '')}, ` : '';
  return `${describe(target, 'the target')} holds ${article(target.type)}, so it cannot be set to ${what}${article(value.type)}`;
}
