import type { VariableDecl } from '@mission-studio/core/format';

/** A condition and an effect to show as examples in empty expression fields. */
export interface ExpressionExamples {
  condition: string;
  effect: string;
}

/** When the mission declares no variable: a made-up name, plainly an example, from no real mission. */
const GENERIC: ExpressionExamples = { condition: 'score >= 2', effect: 'score += 1' };

/** The examples one variable gives, by its type; null for a variable no short example fits. */
function examplesFor(variable: VariableDecl): ExpressionExamples | null {
  const { id } = variable;
  switch (variable.type) {
    case 'number':
      return { condition: `${id} >= 2`, effect: `${id} += 1` };
    case 'bool':
      return { condition: id, effect: `${id} = true` };
    case 'enum': {
      const value = variable.values?.[0];
      return value === undefined ? null : { condition: `${id} == ${JSON.stringify(value)}`, effect: `${id} = ${JSON.stringify(value)}` };
    }
    case 'string':
      return null;
  }
}

/** Which variable types make the clearest examples, best first (a number reads best in both a test and a change). */
const PREFERENCE: readonly VariableDecl['type'][] = ['number', 'bool', 'enum'];

/**
 * Example expressions for placeholders, written with the open mission's own variables: the first declared one of
 * the type that reads best (number, then bool, then enum), or a generic example when the mission has none.
 * Never another mission's names: a placeholder naming a variable the mission lacks reads like a bug.
 */
export function expressionExamples(variables: readonly VariableDecl[] | undefined): ExpressionExamples {
  for (const type of PREFERENCE) {
    for (const variable of variables ?? []) {
      if (variable.type !== type) continue;
      const examples = examplesFor(variable);
      if (examples) return examples;
    }
  }
  return GENERIC;
}
