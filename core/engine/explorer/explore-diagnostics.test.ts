import { describe, expect, it } from 'vitest';
import { flagsAndCounterMission, flawedMission, tourMission } from '../test-fixtures';
import { describeObserved, exploreDiagnostics } from './explore-diagnostics';
import { exploreMission } from './explore-mission';

describe('exploreDiagnostics', () => {
  it('gives one diagnostic per finding, with its code, node and JSON pointer', () => {
    const mission = flawedMission();
    const diagnostics = exploreDiagnostics(mission, exploreMission(mission));
    expect(diagnostics.map((d) => [d.code, d.severity, d.nodeId, d.path])).toEqual([
      ['unreachable-ending', 'warning', 'vault', '/nodes/7'],
      ['never-reached-node', 'warning', 'hideout', '/nodes/5'],
      ['never-enabled-choice', 'warning', 'gate', '/nodes/1/data/choices/2'],
      ['never-enabled-choice', 'warning', 'stuck', '/nodes/2/data/options/0'],
      ['never-enabled-choice', 'warning', 'stuck', '/nodes/2/data/continue'],
      ['never-enabled-choice', 'warning', 'trap', '/nodes/3/data/continue'],
      ['soft-lock', 'error', 'stuck', '/nodes/2'],
      ['trap', 'warning', 'trap', '/nodes/3'],
    ]);
    expect(diagnostics.find((d) => d.code === 'soft-lock')?.message).toBe(
      'The run gets stuck at "stuck": no input is available, with key = false (as federation, after 1 input)',
    );
  });

  it('finds nothing to report on a mission whose every ending and choice can be reached', () => {
    const mission = flagsAndCounterMission(2, 4, 2);
    expect(exploreDiagnostics(mission, exploreMission(mission))).toEqual([]);
  });

  it('downgrades "never" findings to info and says so when the search was incomplete', () => {
    const mission = tourMission();
    const report = { ...exploreMission(mission), complete: false, incompleteReason: 'stopped at the cap of 5 states' };
    const diagnostics = exploreDiagnostics(mission, report);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['unreachable-ending', 'info'],
      ['never-enabled-choice', 'info'],
    ]);
    for (const d of diagnostics) expect(d.message).toMatch(/exploration incomplete/);
  });
});

describe('describeObserved', () => {
  it('says a single value, a number range, a short list, or how many values a variable took', () => {
    expect(describeObserved({ variable: 'credits', values: [5], distinct: 1, min: 5, max: 5 })).toBe('credits is 5');
    expect(describeObserved({ variable: 'credits', values: [1, 2, 3, 5], distinct: 4, min: 1, max: 5 })).toBe('credits is 1 to 5');
    expect(describeObserved({ variable: 'trusted', values: [false, true], distinct: 2 })).toBe('trusted is false or true');
    expect(describeObserved({ variable: 'mood', values: ['angry', 'calm', 'tense'], distinct: 3 })).toBe(
      'mood is "angry", "calm" or "tense"',
    );
    expect(describeObserved({ variable: 'name', values: ['a', 'b'], distinct: 80 })).toBe('name takes 80 values');
  });
});
