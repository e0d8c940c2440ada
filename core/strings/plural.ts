/**
 * A count with its noun, in English: `plural(1, 'error')` is "1 error", `plural(3, 'error')` "3 errors". For
 * the counts the CLI and messages print; give `many` for nouns that do not just add an s.
 */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
