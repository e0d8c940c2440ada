import { describe, expect, it } from 'vitest';
import type { VariableType } from '../../format/mission.types';
import { readPassageConditions } from './passage-conditions';
import { findLinks } from './twine-links';

const read = (text: string, options = { guardedLinks: true, mayBranch: true }) => {
  const types = new Map<string, VariableType>();
  return { ...readPassageConditions(text, types, options), types };
};

/** Each link of the result with its condition. */
const guarded = (r: ReturnType<typeof read>) => findLinks(r.text).map((l) => [l.target, r.linkConditions.get(l.offset) ?? null]);

describe('readPassageConditions', () => {
  it('turns a SugarCube <<goto>> chain into a branch, absorbing the links the Twee export writes for the map', () => {
    const r = read(
      '<<if $trusted>><<goto "win">><<elseif $gold gt 3>><<goto "bribe">><<else>><<goto "lose">><</if>>\n\n[[trusted->win]]\n[[Otherwise->lose]]',
    );
    expect(r.branch).toEqual({
      cases: [
        { condition: 'trusted', target: 'win' },
        { condition: 'gold > 3', target: 'bribe' },
      ],
      elseTarget: 'lose',
    });
    expect(r.types).toEqual(
      new Map([
        ['trusted', 'bool'],
        ['gold', 'number'],
      ]),
    );
  });

  it('turns a Harlowe (go-to:) chain into a branch', () => {
    expect(read('(if: $lamp is true)[(go-to: "Cave")](else:)[(goto: \'Dark\')]').branch).toEqual({
      cases: [{ condition: 'lamp == true', target: 'Cave' }],
      elseTarget: 'Dark',
    });
  });

  it('gives links inside a chain conditions, the else links the negation of the earlier ones', () => {
    const r = read(
      'The door.\n<<if $key>>[[Open it->Hall]]<<elseif $crowbar>>[[Force it->Hall]]<<else>>[[Leave->Street]]<</if>>\n[[Knock->Porch]]',
    );
    expect(r.branch).toBeUndefined();
    expect(guarded(r)).toEqual([
      ['Hall', 'key'],
      ['Hall', '!key && crowbar'],
      ['Street', '!key && !crowbar'],
      ['Porch', null],
    ]);
    expect(r.text).toContain('The door.');
    expect(r.text).not.toContain('<<if');
    expect(r.kept).toEqual([]);
  });

  it('reads Harlowe hooks with links, and (unless:) as the negation', () => {
    const r = read('(if: $gold >= 10)[ [[Buy the map->Shop]] ](else:)[[[Walk on->Road]]]\n(unless: $tired)[[[Run->Road]]]');
    expect(guarded(r)).toEqual([
      ['Shop', 'gold >= 10'],
      ['Road', '!(gold >= 10)'],
      ['Road', '!tired'],
    ]);
  });

  it('keeps a chain as text, with the reason, when its branches hold text, its condition does not map, or it is unclosed', () => {
    expect(read('<<if $met>>Hello again.<<else>>Hello.<</if>> [[On->Next]]').kept).toEqual([
      expect.stringMatching(/^<<if>> kept as text: its branches hold more than links/),
    ]);
    const unmapped = read('(if: $bag contains "key")[ [[Open->Door]] ]');
    expect(unmapped.kept).toEqual([expect.stringMatching(/^\(if:\) kept as text: .*"contains"/)]);
    expect(unmapped.text).toContain('(if: $bag contains "key")');
    expect(unmapped.linkConditions.size).toBe(0);
    expect(read('<<if $a>>[[On->Next]]').kept).toEqual(['<<if>> kept as text: it has no <</if>>']);
    expect(read('<<if $a>><<if $b>>[[On->Next]]<</if>><</if>>').kept).toEqual(['<<if>> kept as text: it holds another <<if>>']);
  });

  it('keeps guarded links as text where the node cannot hold a condition', () => {
    const r = read('<<if $a>>[[On->Next]]<</if>>', { guardedLinks: false, mayBranch: false });
    expect(r.kept).toEqual([expect.stringContaining('cannot have a condition')]);
    expect(r.linkConditions.size).toBe(0);
  });

  it('leaves a passage without chains as it is', () => {
    expect(read('Just [[a link->There]].')).toMatchObject({ text: 'Just [[a link->There]].', kept: [] });
  });
});
