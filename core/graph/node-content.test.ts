import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CombatData, MissionNode } from '../format/mission.types';
import { node } from '../test-support/mission-builder';
import { combatSummary, contentLine, edgeLabel, fitLines, fitText, textWidth, truncate } from './node-content';

const NAMES = new Map([['andrews', 'Karen Andrews']]);
const fight = (extra: Partial<CombatData> = {}): CombatData => ({
  mode: 'space',
  allies: [
    { unit: 'player', count: 1 },
    { unit: 'escort', count: 2 },
  ],
  enemies: [
    { unit: 'attack-ship', count: 6 },
    { unit: 'battleship', count: 3, wave: 2 },
  ],
  goal: { type: 'protect', units: ['escort', 'player'] },
  roundLimit: 30,
  ...extra,
});

describe('combatSummary', () => {
  it('sums both sides and names the goal', () => {
    expect(combatSummary(fight())).toBe('space · 3 allies vs 9 enemies · protect 2');
  });

  it('says how many must survive when a protect goal needs only some', () => {
    expect(combatSummary(fight({ goal: { type: 'protect', units: ['a', 'b', 'c'], atLeast: 2 } }))).toBe(
      'space · 3 allies vs 9 enemies · protect 2 of 3',
    );
  });

  it('names survive and defeat-all goals and uses the singular for one', () => {
    const one = { allies: [{ unit: 'p', count: 1 }], enemies: [{ unit: 'e', count: 1 }] };
    expect(combatSummary(fight({ ...one, mode: 'ground', goal: { type: 'survive', rounds: 1 } }))).toBe(
      'ground · 1 ally vs 1 enemy · survive 1 round',
    );
    expect(combatSummary(fight({ goal: { type: 'defeat-all' } }))).toBe('space · 3 allies vs 9 enemies · defeat all');
  });
});

describe('contentLine', () => {
  it("shows the first spoken line with the speaker's name", () => {
    const dialog = node('d', 'dialog', { speaker: 'andrews', lines: ['The captain is late.', 'Again.'], choices: [] });
    expect(contentLine(dialog, NAMES)).toBe('Karen Andrews: The captain is late.');
    expect(contentLine(node('n', 'narration', { lines: ['Alarms sound.'] }), NAMES)).toBe('Alarms sound.');
    expect(contentLine(node('u', 'narration', { speaker: 'stranger', lines: ['Hello.'] }), NAMES)).toBe('stranger: Hello.');
  });

  it('shows the objective, the first branch condition, the outcome and the effects', () => {
    expect(contentLine(node('o', 'objective', { kind: 'goto', text: 'Reach Ops.', optional: true }), NAMES)).toBe('optional · Reach Ops.');
    expect(contentLine(node('b', 'branch', { cases: [{ id: 'c', condition: 'coalition >= 3' }] }), NAMES)).toBe('if coalition >= 3');
    expect(contentLine(node('e', 'end', { outcome: 'failure', text: 'The station falls.' }), NAMES)).toBe('failure · The station falls.');
    expect(contentLine(node('s', 'set', { effects: ['a = 1', 'b = 2'] }), NAMES)).toBe('a = 1; b = 2');
    expect(contentLine(node('s', 'start', { faction: 'klingon', text: 'A call comes.' }), NAMES)).toBe('klingon · A call comes.');
  });

  it('summarises a fight', () => {
    expect(contentLine({ ...node('c', 'combat', fight()) } as MissionNode, NAMES)).toBe(combatSummary(fight()));
  });
});

describe('truncate', () => {
  it('keeps text that fits and cuts longer text to the limit with an ellipsis', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 2, max: 40 }), (text, max) => {
        const flat = text.replace(/\s+/g, ' ').trim();
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (flat.length <= max) expect(cut).toBe(flat);
        else expect(flat.startsWith(cut.slice(0, -1))).toBe(true);
      }),
    );
  });
});

describe('fitText', () => {
  it('keeps text that fits and cuts longer text to a prefix ending in an ellipsis', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 20, max: 300 }), (text, width) => {
        const flat = text.replace(/\s+/g, ' ').trim();
        const cut = fitText(text, width, 11);
        if (cut === flat) return;
        expect(cut.endsWith('…')).toBe(true);
        expect(flat.startsWith(cut.slice(0, -1))).toBe(true);
      }),
    );
  });

  it('fits more narrow letters than wide ones in the same room', () => {
    const narrow = fitText('i'.repeat(100), 100, 11);
    const wide = fitText('W'.repeat(100), 100, 11);
    expect(narrow.length).toBeGreaterThan(wide.length);
  });

  it('gives the same text more room at a smaller size', () => {
    const text = 'Remind him who handed him the Cardassian border worlds';
    expect(fitText(text, 150, 10).length).toBeGreaterThan(fitText(text, 150, 14).length);
  });
});

describe('textWidth', () => {
  it('estimates what fitText cuts by: text it keeps whole is no wider than the room', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 20, max: 300 }), (text, width) => {
        const cut = fitText(text, width, 11);
        if (!cut.endsWith('…')) expect(textWidth(cut, 11)).toBeLessThanOrEqual(width + 1e-9);
      }),
    );
  });

  it('grows with the font size', () => {
    expect(textWidth('Second Wave', 22)).toBeCloseTo(2 * textWidth('Second Wave', 11));
  });
});

describe('fitLines', () => {
  it('breaks at spaces into at most the lines allowed, keeping the words in order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Z]{1,12}$/), { maxLength: 30 }), fc.integer({ min: 1, max: 3 }), (words, maxLines) => {
        const text = words.join(' ');
        const lines = fitLines(text, 180, 11, maxLines);
        expect(lines.length).toBeLessThanOrEqual(Math.max(1, maxLines));
        const joined = lines.join(' ');
        // (Words here have no separators, so the lines put back together are the text, up to the cut.)
        if (!joined.endsWith('…')) expect(joined).toBe(text);
        else expect(text.startsWith(joined.slice(0, -1).trimEnd())).toBe(true);
      }),
    );
  });

  it("puts a fight's goal on the second line when the first is full", () => {
    expect(fitLines(combatSummary(fight()), 180, 11, 2)).toEqual(['space · 3 allies vs 9 enemies', 'protect 2']);
  });
});

describe('edgeLabel', () => {
  const dialog = node('d', 'dialog', { speaker: 'andrews', lines: ['?'], choices: [{ id: 'yes', text: 'Yes, I will go at once.' }] });

  it('labels a choice with its text, cut short', () => {
    expect(edgeLabel(dialog, 'yes')).toBe(truncate('Yes, I will go at once.', 14));
  });

  it('labels the first of parallel edges with their number and the rest not at all', () => {
    expect(edgeLabel(dialog, 'yes', 3, true)).toBe('3 choices');
    expect(edgeLabel(dialog, 'yes', 3, false)).toBeUndefined();
  });

  it('leaves ports of other node types unlabelled', () => {
    expect(edgeLabel(node('n', 'narration', { lines: ['x'] }), 'next')).toBeUndefined();
    expect(edgeLabel(undefined, 'next')).toBeUndefined();
  });
});
