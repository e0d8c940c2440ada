// docs/runtime-format.md's worked example is a real runtime file that plays as the page says it does.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { createRun, loadRuntime } from './create-run';
import runtimeSchema from './runtime.schema.json';

const page = readFileSync('docs/runtime-format.md', 'utf8');
const example = /## A worked example\s+```json\n([\s\S]*?)\n```/.exec(page)?.[1] ?? '';

describe('the worked example of docs/runtime-format.md', () => {
  it('fits the schema and loads', () => {
    const validate = new Ajv({ allowUnionTypes: true }).compile(runtimeSchema);
    expect(validate(JSON.parse(example)), JSON.stringify(validate.errors)).toBe(true);
    expect(() => loadRuntime(example)).not.toThrow();
  });

  it('plays as the page describes: bribe closed at 5 credits, ask costs one and ends in failure', () => {
    const run = createRun(loadRuntime(example), { faction: 'federation' });
    const step = run.step;
    if (step.kind !== 'choice') throw new Error(step.kind);
    expect(step.lines.map((l) => l.text)).toEqual(['You step onto the Promenade.', 'What will it be?']);
    expect(step.choices.map((c) => [c.id, c.available])).toEqual([
      ['ask', true],
      ['bribe', false],
    ]);
    const end = run.choose('ask');
    expect(end).toMatchObject({ kind: 'end', outcome: 'failure', text: 'Quark shrugs.' });
    expect(run.variables).toEqual({ credits: 4 });
  });
});
