import { describe, expect, it } from 'vitest';
import { checkInputs, parsePlaythrough } from './parse-playthrough';
import { serializePlaythrough } from './record-playthrough';
import type { Playthrough } from './playthrough.types';

const sample: Playthrough = {
  format: 'mission-studio-playthrough/1',
  mission: 'second-wave',
  description: 'A short run.',
  faction: 'klingon',
  seed: 12,
  inputs: [
    { kind: 'choice', nodeId: 'a', choiceId: 'x' },
    { kind: 'hub', nodeId: 'h', optionId: 'continue' },
    { kind: 'objective', nodeId: 'o' },
    { kind: 'combat', nodeId: 'f', stance: 'evasive' },
    { kind: 'combat-auto', nodeId: 'f' },
    { kind: 'combat-force', nodeId: 'g', outcome: 'defeat' },
  ],
  expect: { ending: 'end', outcome: 'failure', variables: { coalition: 3, seen: true, mood: 'calm' }, transcriptHash: '0123456789abcdef' },
};

const broken = (change: (doc: Record<string, unknown>) => void): string => {
  const doc = JSON.parse(serializePlaythrough(sample)) as Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc);
};

describe('parsePlaythrough', () => {
  it('reads back exactly what serializePlaythrough wrote, one input per line', () => {
    const text = serializePlaythrough(sample);
    expect(text).toContain('\n    {"kind":"combat","nodeId":"f","stance":"evasive"},\n');
    expect(text.endsWith('}\n')).toBe(true);
    expect(parsePlaythrough(text)).toEqual({ ok: true, value: sample });
  });

  it('says the text is not JSON', () => {
    expect(parsePlaythrough('{"format": ')).toMatchObject({ ok: false, message: expect.stringMatching(/^not valid JSON/) });
  });

  it('names the place of each problem with a JSON pointer', () => {
    const cases: [(d: Record<string, unknown>) => void, string][] = [
      [(d) => (d['format'] = 'mission-studio/1'), '/format: expected "mission-studio-playthrough/1" (is this a playthrough file?)'],
      [(d) => delete d['faction'], "/: missing property 'faction'"],
      [(d) => (d['extra'] = 1), "/: unknown property 'extra'"],
      [(d) => (d['seed'] = 1.5), '/seed: expected a whole number'],
      [
        (d) => ((d['inputs'] as unknown[])[3] = { kind: 'combat', nodeId: 'f', stance: 'berserk' }),
        '/inputs/3/stance: expected one of attack, defend, evasive',
      ],
      [
        (d) => ((d['inputs'] as unknown[])[0] = { kind: 'jump', nodeId: 'a' }),
        '/inputs/0/kind: expected one of choice, hub, objective, combat, combat-auto, combat-force',
      ],
      [
        (d) => ((d['inputs'] as unknown[])[2] = { kind: 'objective', nodeId: 'o', choiceId: 'x' }),
        "/inputs/2: unknown property 'choiceId'",
      ],
      [
        (d) => ((d['expect'] as Record<string, unknown>)['transcriptHash'] = 'XYZ'),
        '/expect/transcriptHash: expected 16 lowercase hex digits',
      ],
      [
        (d) => ((d['expect'] as Record<string, unknown>)['variables'] = { a: null }),
        '/expect/variables/a: expected a boolean, a number or a string',
      ],
      [(d) => ((d['expect'] as Record<string, unknown>)['outcome'] = 'draw'), '/expect/outcome: expected one of success, failure'],
    ];
    for (const [change, message] of cases) expect(parsePlaythrough(broken(change))).toEqual({ ok: false, message });
  });

  it('keeps a variable named __proto__ as a plain key', () => {
    const text = broken((d) => ((d['expect'] as Record<string, unknown>)['variables'] = JSON.parse('{"__proto__": 1}')));
    const parsed = parsePlaythrough(text);
    expect(parsed.ok && Object.keys(parsed.value.expect.variables)).toEqual(['__proto__']);
  });
});

describe('checkInputs', () => {
  it('accepts a bare list of inputs and refuses anything else', () => {
    expect(checkInputs(sample.inputs)).toEqual({ ok: true, value: sample.inputs });
    expect(checkInputs({ inputs: [] })).toEqual({ ok: false, message: '/: expected an array of inputs' });
  });
});
