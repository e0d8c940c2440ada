import { describe, expect, it } from 'vitest';
import { convertCondition } from './twine-conditions';

const none = new Map();

describe('convertCondition', () => {
  it('turns SugarCube word operators and $variables into a mission condition, typing the variables', () => {
    expect(convertCondition('$coalition gte 3 and not $alarmRaised', none)).toEqual({
      ok: true,
      condition: 'coalition >= 3 && !alarmRaised',
      types: new Map([
        ['coalition', 'number'],
        ['alarmRaised', 'bool'],
      ]),
    });
    expect(convertCondition('$rank eq "captain" or $rank isnot "ensign"', none)).toMatchObject({
      ok: true,
      condition: 'rank == "captain" || rank != "ensign"',
    });
    expect(convertCondition('$x === 2', none)).toMatchObject({ ok: true, condition: 'x == 2' });
  });

  it('reads Harlowe\'s "is" and "is not"', () => {
    expect(convertCondition('$key is true and $door is not "open"', none)).toMatchObject({
      ok: true,
      condition: 'key == true && door != "open"',
    });
  });

  it('refuses what has no counterpart, saying what: temporary variables, calls, properties, Harlowe\'s "contains"', () => {
    expect(convertCondition('_seen', none)).toMatchObject({ ok: false, reason: expect.stringContaining('"_seen"') });
    expect(convertCondition('visited("Bar")', none)).toMatchObject({ ok: false, reason: expect.stringContaining('"visited"') });
    expect(convertCondition('$inv.length > 0', none)).toMatchObject({ ok: false, reason: expect.stringContaining('"."') });
    expect(convertCondition('$bag contains "key"', none)).toMatchObject({ ok: false, reason: expect.stringContaining('"contains"') });
  });

  it('refuses a condition that is not true or false, such as Harlowe\'s elided "$a is 1 or 2"', () => {
    expect(convertCondition('$a is 1 or 2', none)).toMatchObject({ ok: false });
    expect(convertCondition('$a + 1', none)).toMatchObject({ ok: false });
  });

  it("refuses a variable read as another type than the story's earlier conditions gave it", () => {
    expect(convertCondition('$gold > 3', new Map([['gold', 'bool']]))).toMatchObject({ ok: false });
    expect(convertCondition('$gold', new Map([['gold', 'bool']]))).toMatchObject({ ok: true, condition: 'gold' });
  });

  it('refuses a variable whose type nothing tells, and names the mission language reserves', () => {
    expect(convertCondition('$a == $b', none)).toMatchObject({ ok: false, reason: expect.stringContaining('cannot be told') });
    expect(convertCondition('$visited', none)).toMatchObject({ ok: false, reason: expect.stringContaining('reserves') });
  });
});
