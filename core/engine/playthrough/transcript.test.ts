import { describe, expect, it } from 'vitest';
import type { Input } from '../compile/inputs';
import { buildMission, n, tourMission } from '../test-fixtures';
import { fnv1a64 } from './fnv1a64';
import { playSteps } from './play-steps';
import { canonicalTranscript, formatTranscript, transcriptHash } from './transcript';

const toFight: Input[] = [
  { kind: 'choice', nodeId: 'talk', choiceId: 'ask' },
  { kind: 'hub', nodeId: 'market', optionId: 'rumour' },
  { kind: 'hub', nodeId: 'market', optionId: 'continue' },
  { kind: 'objective', nodeId: 'reach' },
];

describe('formatTranscript', () => {
  const mission = tourMission();
  const steps = playSteps(mission, { faction: 'federation', seed: 4 }, [
    ...toFight,
    { kind: 'combat', nodeId: 'fight', stance: 'defend' },
    { kind: 'combat-auto', nodeId: 'fight' },
  ]).steps;

  it('shows lines, the choices offered, the one taken, effects and objectives in order', () => {
    expect(formatTranscript(mission, steps).slice(0, 17)).toEqual([
      'Narrator: You dock at the station.',
      'Commander Vale: The promenade is busy.',
      'Commander Vale: Someone waves.',
      '  [mood: "calm" -> "tense"]',
      'Commander Vale: What now?',
      '  1. Ask about the delay.',
      '  2. Walk away.',
      '> Ask about the delay.',
      '  [credits: 1 -> 3]',
      '  1. Listen for rumours',
      '  2. Search the stalls',
      '> Listen for rumours',
      '  [clue: false -> true]',
      '  1. Search the stalls',
      '  2. Head to the docks',
      '> Head to the docks',
      '  Objective: Reach the docking ring.',
    ]);
  });

  it('sums a fight up in one line, with the stances of its rounds, and ends with the ending', () => {
    const lines = formatTranscript(mission, steps);
    const fight = lines.indexOf('Fight: fight');
    expect(lines.slice(fight, fight + 2)).toEqual(['Fight: fight', '> Auto-resolve the rest']);
    expect(lines[fight + 2]).toMatch(
      /^Fight "fight": (victory|defeat) after \d+ rounds; stances: defend x1(, attack x\d+)?; allies lost: (none|Scout)$/,
    );
    expect(lines.at(-1)).toMatch(/^THE END \((success, won|failure, lost)\): /);
  });

  it('adds one line per round when asked, each with the stance and both sides’ bars', () => {
    const rounds = formatTranscript(mission, steps, { rounds: true }).filter((l) => l.startsWith('  Round '));
    expect(rounds.length).toBeGreaterThan(1);
    expect(rounds[0]).toMatch(
      /^ {2}Round 1 \(defend\): \d\/\d shots hit.*; allies hull \d+\/60, shields \d+\/20; enemies \(all waves\) hull \d+\/40, shields \d+\/10$/,
    );
  });

  it('marks a forced outcome and shows an error where the run stopped', () => {
    const forced = playSteps(mission, { faction: 'federation', seed: 4 }, [
      ...toFight,
      { kind: 'combat-force', nodeId: 'fight', outcome: 'defeat' },
    ]).steps;
    expect(formatTranscript(mission, forced)).toContain('Fight "fight": defeat after 0 rounds; forced');
    const broken = buildMission({ nodes: [n.start('s'), n.narration('lost')], edges: [['s', 'next', 'lost']] });
    expect(formatTranscript(broken, playSteps(broken, { faction: 'federation', seed: 1 }, []).steps).at(-1)).toBe(
      'ERROR at lost: dead end: nothing is connected to port "next"',
    );
  });
});

describe('transcriptHash', () => {
  it('is the FNV-1a 64 of the canonical transcript, whose lines all end with a newline', () => {
    const mission = tourMission();
    const steps = playSteps(mission, { faction: 'klingon', seed: 9 }, toFight.slice(0, 1)).steps;
    const text = canonicalTranscript(mission, steps);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(formatTranscript(mission, steps).length + 1);
    expect(transcriptHash(mission, steps)).toBe(fnv1a64(text));
  });
});
