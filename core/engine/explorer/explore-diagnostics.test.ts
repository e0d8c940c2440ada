import { describe, expect, it } from 'vitest';
import { flagsAndCounterMission, flawedMission, tourMission } from '../test-fixtures';
import { exploreDiagnostics } from './explore-diagnostics';
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
      'The run gets stuck at "stuck": no input is available (as federation, after 1 input)',
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
