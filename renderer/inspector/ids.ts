import { ID_PATTERN, MAX_ID_LENGTH, VARIABLE_ID_PATTERN } from '@mission-studio/core/edit';

// The patterns are core's, so the inspector refuses exactly what a core rename refuses.
export { ID_PATTERN, VARIABLE_ID_PATTERN };

/** What an id field checks: the pattern its kind of id must match, and the ids already taken. */
export interface IdRule {
  pattern: RegExp;
  /** Ids in use (the id being edited may keep its own value); a Set, or a look-up into the store. */
  taken: { has(id: string): boolean };
  /** The kind of thing, for the message: "node", "choice", "variable". */
  what: string;
  /** A further check after the pattern's, e.g. the words expressions reserve (`visited`, `true`) for a variable. */
  problem?(id: string): string | null;
}

/** Why `id` cannot be used, or null when it can. `current` is the id's own present value. */
export function checkId(id: string, current: string, rule: IdRule): string | null {
  if (id === '') return `A ${rule.what} id cannot be empty.`;
  if (id.length > MAX_ID_LENGTH) return `A ${rule.what} id has at most ${MAX_ID_LENGTH} characters.`;
  if (!rule.pattern.test(id)) {
    return rule.pattern === VARIABLE_ID_PATTERN
      ? 'Use letters, digits and _, starting with a letter or _.'
      : 'Use letters, digits, _ . : and -, starting with a letter, digit or _.';
  }
  const problem = id === current ? null : (rule.problem?.(id) ?? null);
  if (problem) return problem;
  if (id !== current && rule.taken.has(id)) return `Another ${rule.what} already has the id '${id}'.`;
  return null;
}

/** An id `stem-N` (or `stemN` when `separator` is '') that is not taken, N counting from `from` (1). */
export function freshId(stem: string, taken: ReadonlySet<string>, separator = '-', from = 1): string {
  for (let i = from; ; i++) {
    const id = `${stem}${separator}${i}`;
    if (!taken.has(id)) return id;
  }
}
