import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { generateValidatorSource, outputPath } from '../../scripts/generate-schema-validator.mjs';
import { smallMission } from '../test-support/mission-builder';
import { checkSchema, MAX_SCHEMA_DIAGNOSTICS } from './schema-check';

describe('checkSchema', () => {
  it('accepts a valid mission', () => {
    expect(checkSchema(smallMission())).toEqual([]);
  });

  it('names unknown properties by their own path', () => {
    const m = { ...smallMission(), extra: 1 };
    expect(checkSchema(m)).toEqual([expect.objectContaining({ code: 'schema', path: '/extra', message: "top level: unknown property 'extra'" })]);
  });

  it('checks node data by node type', () => {
    const m = smallMission();
    (m.nodes[5]!.data as { outcome: string }).outcome = 'draw';
    expect(checkSchema(m)).toEqual([expect.objectContaining({ path: '/nodes/5/data/outcome', message: expect.stringContaining('"success", "failure"') })]);
  });

  it('caps the number of errors on a hostile document', () => {
    const m = smallMission();
    m.nodes = Array.from({ length: 5000 }, () => ({ bad: true })) as never;
    expect(checkSchema(m).length).toBe(MAX_SCHEMA_DIAGNOSTICS);
  });

  it('runs from a generated validator that is up to date with mission.schema.json', () => {
    expect(readFileSync(outputPath, 'utf8')).toBe(generateValidatorSource());
  });
});
