import type { Mission, VariableDecl } from '@mission-studio/core/format';

/** A completion for the expression editor, independent of Monaco (the provider maps it to Monaco's item). */
export interface ExpressionCompletion {
  label: string;
  kind: 'variable' | 'node' | 'value' | 'keyword' | 'function';
  /** Shown beside the label: a variable's type, a node's type and title. */
  detail: string;
  documentation?: string;
  insertText: string;
  /** `insertText` is a Monaco snippet (with `$1` tab stops). */
  snippet?: boolean;
}

/** The completions at a cursor and the offset where the text they replace starts. */
export interface CompletionResult {
  from: number;
  items: ExpressionCompletion[];
}

const VISITED_ARG = /visited\s*\(\s*(["'])([^"']*)$/;
const STRING_AFTER_COMPARE = /([A-Za-z_$][\w$]*)\s*(?:==|!=|=)\s*(["'])([^"']*)$/;
const WORD = /[A-Za-z_$][\w$]*$/;

/** What a variable is, in a few words: its type, and its values when it is an enum. */
export function describeVariable(v: Pick<VariableDecl, 'type' | 'values' | 'initial'>): string {
  if (v.type === 'enum') return `enum: ${(v.values ?? []).join(' | ')}`;
  return `${v.type}, starts ${JSON.stringify(v.initial)}`;
}

/**
 * What to offer at offset `cursor` of a condition or effect: node ids inside `visited("…`, an enum's values
 * inside a string compared with it, else variable ids (only writable ones where an effect names its target),
 * `faction`, `visited(…)`, `true` and `false`.
 */
export function expressionCompletions(
  text: string,
  cursor: number,
  kind: 'condition' | 'effect',
  mission: Mission | null,
): CompletionResult {
  const before = text.slice(0, cursor);
  const after = text.slice(cursor);
  const visited = VISITED_ARG.exec(before);
  if (visited) {
    const quote = visited[1] ?? '"';
    const close = after.startsWith(quote) ? '' : `${quote})`;
    const items = (mission?.nodes ?? [])
      .filter((n) => n.type !== 'group')
      .map((n): ExpressionCompletion => ({
        label: n.id,
        kind: 'node',
        detail: `${n.type}: ${n.title}`,
        insertText: n.id + close,
      }));
    return { from: cursor - (visited[2] ?? '').length, items };
  }
  const compared = STRING_AFTER_COMPARE.exec(before);
  if (compared) {
    const values = enumValues(compared[1] ?? '', mission);
    const quote = compared[2] ?? '"';
    const close = after.startsWith(quote) ? '' : quote;
    const items = values.map((value): ExpressionCompletion => ({
      label: value,
      kind: 'value',
      detail: `value of ${compared[1]}`,
      insertText: value + close,
    }));
    return { from: cursor - (compared[3] ?? '').length, items };
  }
  if (insideString(before)) return { from: cursor, items: [] };
  const word = WORD.exec(before)?.[0] ?? '';
  const from = cursor - word.length;
  const target = kind === 'effect' && !before.slice(0, from).includes('=');
  const items: ExpressionCompletion[] = (mission?.variables ?? []).map((v) => ({
    label: v.id,
    kind: 'variable',
    detail: describeVariable(v),
    ...(v.description ? { documentation: v.description } : {}),
    insertText: v.id,
  }));
  if (target) return { from, items };
  items.push({
    label: 'faction',
    kind: 'variable',
    detail: describeVariable({ type: 'enum', values: mission?.meta.factions ?? [], initial: '' }),
    documentation: "The player's faction (read-only).",
    insertText: 'faction',
  });
  items.push({
    label: 'visited',
    kind: 'function',
    detail: 'visited("node-id"): whether the player has been to a node',
    insertText: 'visited("$1")',
    snippet: true,
  });
  items.push(
    { label: 'true', kind: 'keyword', detail: 'bool', insertText: 'true' },
    { label: 'false', kind: 'keyword', detail: 'bool', insertText: 'false' },
  );
  return { from, items };
}

function enumValues(name: string, mission: Mission | null): string[] {
  if (!mission) return [];
  if (name === 'faction') return mission.meta.factions;
  const v = mission.variables.find((d) => d.id === name);
  return v?.type === 'enum' ? (v.values ?? []) : [];
}

// An odd number of unescaped quotes of one kind before the cursor means the cursor is inside a string.
function insideString(before: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
  }
  return quote !== null;
}
