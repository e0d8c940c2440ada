import type { Value, VariableDecl, VariableType } from '@mission-studio/core/format';
import { parseNumber, type Parsed } from './parse-number';

/** A value's text as a cell shows it. */
function formatValue(value: Value): string {
  return String(value);
}

/** The variable as another type: the initial value is carried over when it fits, else the type's default. */
export function changeVariableType(decl: VariableDecl, type: VariableType): VariableDecl {
  const next: VariableDecl = { ...decl, type };
  delete next.values;
  const text = formatValue(decl.initial);
  switch (type) {
    case 'bool':
      next.initial = decl.initial === true || text === 'true';
      break;
    case 'number': {
      const parsed = parseNumber(text);
      next.initial = parsed.ok ? parsed.value : 0;
      break;
    }
    case 'string':
      next.initial = text;
      break;
    case 'enum': {
      // An enum needs at least one value (the schema says so): start from the old value when there is one.
      const first = typeof decl.initial === 'string' && /\S/.test(decl.initial) ? decl.initial.trim() : 'first';
      next.values = decl.values?.length ? decl.values : [first];
      next.initial = next.values.includes(text) ? text : (next.values[0] as string);
      break;
    }
  }
  return next;
}

/** Reads a comma-separated list ("a, b, c"), dropping blanks. */
export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The format's limits on a node's tags (mission.schema.json: node.tags). */
const MAX_NODE_TAGS = 100;
const MAX_TAG_LENGTH = 200;

/**
 * A node's tags as typed: words separated by spaces or commas (Twine separates them by spaces, our other lists
 * by commas; either works), each kept once, within the format's limits.
 */
export function parseTags(text: string): Parsed<string[]> {
  const tags = [...new Set(text.split(/[\s,]+/).filter((t) => t !== ''))];
  const long = tags.find((t) => t.length > MAX_TAG_LENGTH);
  if (long !== undefined) return { ok: false, message: `'${long.slice(0, 20)}...' is longer than ${MAX_TAG_LENGTH} characters.` };
  if (tags.length > MAX_NODE_TAGS) return { ok: false, message: `A node has at most ${MAX_NODE_TAGS} tags.` };
  return { ok: true, value: tags };
}

/** An enum variable with new allowed values; the initial value falls back to the first when it is gone. */
export function changeEnumValues(decl: VariableDecl, values: string[]): VariableDecl {
  const initial = typeof decl.initial === 'string' && values.includes(decl.initial) ? decl.initial : (values[0] ?? '');
  return { ...decl, values, initial };
}
