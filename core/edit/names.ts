import { VISITED } from '../expressions/ast.types';

/** Ids as the mission schema allows them: nodes, ports, cast, locations and units. */
export const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.:-]*$/;
/** Variable ids and factions: names an expression can use (the schema's pattern for them). */
export const VARIABLE_ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The schema's `maxLength` of every id. */
export const MAX_ID_LENGTH = 200;

/**
 * Words an expression reads as something other than a variable, so a variable by that name could never be read
 * or set: the built-in function, the player's faction, and the literals and keywords the parser knows.
 */
export const RESERVED_NAMES: ReadonlyMap<string, string> = new Map([
  [VISITED, 'is the built-in function visited("node")'],
  ['faction', 'is built in (the player\u2019s faction)'],
  ['true', 'is a literal'],
  ['false', 'is a literal'],
  ['null', 'is a literal the language refuses'],
  ['this', 'is a keyword the language refuses'],
]);

/** Why `name` cannot name a variable (its form, or a reserved word), or null when it can. Taken ids aside. */
export function variableNameProblem(name: string): string | null {
  if (name === '') return 'A variable id cannot be empty.';
  if (name.length > MAX_ID_LENGTH) return `A variable id has at most ${MAX_ID_LENGTH} characters.`;
  if (!VARIABLE_ID_PATTERN.test(name)) return 'Use letters, digits and _, starting with a letter or _.';
  const reserved = RESERVED_NAMES.get(name);
  return reserved === undefined ? null : `'${name}' ${reserved} in expressions; pick another name.`;
}

/** Why `id` cannot be a node's id (its form), or null when it can. Taken ids aside. */
export function nodeIdProblem(id: string): string | null {
  if (id === '') return 'A node id cannot be empty.';
  if (id.length > MAX_ID_LENGTH) return `A node id has at most ${MAX_ID_LENGTH} characters.`;
  return ID_PATTERN.test(id) ? null : 'Use letters, digits, _ . : and -, starting with a letter, digit or _.';
}
