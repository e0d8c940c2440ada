import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCondition, parseEffect } from '../expressions/parse';
import schema from '../format/mission.schema.json';
import { ID_PATTERN, MAX_ID_LENGTH, nodeIdProblem, RESERVED_NAMES, VARIABLE_ID_PATTERN, variableNameProblem } from './names';

describe('the id rules', () => {
  it("are the mission schema's", () => {
    expect(ID_PATTERN.source).toBe(schema.definitions.id.pattern);
    expect(VARIABLE_ID_PATTERN.source).toBe(schema.definitions.variableId.pattern);
    expect(MAX_ID_LENGTH).toBe(schema.definitions.id.maxLength);
    expect(variableNameProblem('v'.repeat(MAX_ID_LENGTH + 1))).toMatch(/at most 200/);
    expect(nodeIdProblem('n'.repeat(MAX_ID_LENGTH))).toBeNull();
  });
});

describe('variableNameProblem', () => {
  it('accepts an identifier and refuses an empty name, a leading digit and punctuation', () => {
    expect(variableNameProblem('skylTrust_2')).toBeNull();
    expect(variableNameProblem('')).toMatch(/cannot be empty/);
    expect(variableNameProblem('2nd')).toMatch(/starting with a letter or _/);
    expect(variableNameProblem('a-b')).toMatch(/starting with a letter or _/);
  });

  it('refuses every reserved word with the reason', () => {
    for (const [word, reason] of RESERVED_NAMES)
      expect(variableNameProblem(word)).toBe(`'${word}' ${reason} in expressions; pick another name.`);
  });

  it('accepts exactly the names an effect can set and a condition can read as a variable (faction aside, which is read-only)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/), fc.constantFrom(...RESERVED_NAMES.keys())), (name) => {
        const usable =
          parseEffect(`${name} = 1`).ok &&
          (() => {
            const read = parseCondition(name);
            return read.ok && read.value.kind === 'var';
          })();
        expect(variableNameProblem(name) === null).toBe(usable && name !== 'faction');
      }),
    );
  });
});

describe('nodeIdProblem', () => {
  it("accepts the schema's ids and refuses the rest", () => {
    expect(nodeIdProblem('round-skyl.2:a_b')).toBeNull();
    expect(nodeIdProblem('')).toMatch(/cannot be empty/);
    expect(nodeIdProblem('two words')).toMatch(/^Use letters/);
  });
});
