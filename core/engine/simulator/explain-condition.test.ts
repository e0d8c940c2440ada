import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadMission } from '../../format/load';
import type { Mission } from '../../format/mission.types';
import { explainCondition } from './explain-condition';
import { startRun } from './start-run';

const mission = loadMission(readFileSync('missions/second-wave.mission.json', 'utf8')).mission as Mission;
const stateWith = (variables: Record<string, number | boolean | string>, faction = 'federation') =>
  startRun(mission, { faction, seed: 1, at: 'round-skyl', variables });

describe('explainCondition', () => {
  it('names the failing comparison and the value that fails it', () => {
    expect(explainCondition('coalition >= 5', stateWith({ coalition: 3 }))).toBe('needs coalition >= 5 (coalition = 3)');
  });

  it('leaves out the parts of an && that hold', () => {
    expect(explainCondition('skylTrust && coalition >= 5', stateWith({ coalition: 3, skylTrust: true }))).toBe(
      'needs coalition >= 5 (coalition = 3)',
    );
    expect(explainCondition('skylTrust && coalition >= 5', stateWith({ coalition: 3 }))).toBe(
      'needs skylTrust (skylTrust = false); needs coalition >= 5 (coalition = 3)',
    );
  });

  it('shows the built-in faction and visited() calls with their values', () => {
    expect(explainCondition('faction == "klingon"', stateWith({}))).toBe('needs faction == "klingon" (faction = "federation")');
    expect(explainCondition('visited("skyl-quarks")', stateWith({}))).toBe('needs visited("skyl-quarks") (visited("skyl-quarks") = false)');
  });

  it('explains an || as a whole, and returns null when the condition holds', () => {
    expect(explainCondition('skylTrust || coalition > 4', stateWith({ coalition: 1 }))).toBe(
      'needs skylTrust || coalition > 4 (skylTrust = false, coalition = 1)',
    );
    expect(explainCondition('coalition >= 5', stateWith({ coalition: 5 }))).toBeNull();
  });

  it('says when a condition does not parse or names an unknown variable', () => {
    expect(explainCondition('coalition >=', stateWith({}))).toMatch(/^the condition does not parse/);
    expect(explainCondition('ghost > 1', stateWith({}))).toBe('needs ghost > 1 (ghost = undefined)');
  });
});
