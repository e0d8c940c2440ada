import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../engine/cancel';
import { cellarMission, flagsAndCounterMission, flawedMission } from '../engine/test-fixtures';
import { loadMission } from '../format/load';
import type { Mission } from '../format/mission.types';
import { serializeMission } from '../format/serialize';
import { clone, smallMission } from '../test-support/mission-builder';
import { checkMission } from './check-mission';

/** A mission file as the app and the CLI see it: its text, the mission, and the static checks' findings. */
function load(text: string): { text: string; mission: Mission; staticDiagnostics: ReturnType<typeof loadMission>['diagnostics'] } {
  const { mission, diagnostics } = loadMission(text);
  if (!mission) throw new Error('the fixture does not load');
  return { text, mission, staticDiagnostics: diagnostics };
}
const sample = (name: string) => load(readFileSync(join(__dirname, '..', '..', 'missions', name), 'utf8'));
const countOf = (mission: Mission, type: string): number => mission.nodes.filter((n) => n.type === type).length;

describe('checkMission on the sample missions', () => {
  it.each(['second-wave.mission.json', 'tutorial.mission.json'])(
    'finds nothing wrong with %s: every ending reachable, every fight fair',
    (name) => {
      const { text, mission, staticDiagnostics } = sample(name);
      const { diagnostics, summary } = checkMission(mission, text, { staticDiagnostics });
      expect(diagnostics).toEqual([]);
      const endings = countOf(mission, 'end');
      expect(summary).toMatchObject({ complete: true, endings, reachableEndings: endings, fights: countOf(mission, 'combat'), ways: [] });
      expect(summary.incompleteReason).toBeUndefined();
      expect(summary.states).toBeGreaterThan(10);
    },
  );
});

describe('checkMission', () => {
  it('reports an ending no play-through reaches and a choice never on offer, placed on their lines of the file', () => {
    // The bribe needs 10 credits; the player starts with 5 and only spends: the winning ending is out of reach.
    const { text, mission, staticDiagnostics } = load(serializeMission(smallMission()));
    const { diagnostics, summary } = checkMission(mission, text, { staticDiagnostics });
    const codes = diagnostics.map((d) => `${d.code}:${d.nodeId ?? ''}`);
    expect(codes).toContain('unreachable-ending:win');
    expect(codes).toContain('never-enabled-choice:talk');
    expect(summary.reachableEndings).toBe(summary.endings - 1);
    const idAt = text.indexOf('"id": "win"');
    const range = diagnostics.find((d) => d.code === 'unreachable-ending')?.range;
    expect(range?.offset).toBeLessThanOrEqual(idAt);
    expect((range?.offset ?? 0) + (range?.length ?? 0)).toBeGreaterThan(idAt);
  });

  it('lists the static findings first, then the soft-lock and the trap with the ways into them', () => {
    const mission = flawedMission();
    mission.variables.push({ id: 'spare', type: 'bool', initial: false });
    const { text, staticDiagnostics } = load(serializeMission(mission));
    expect(staticDiagnostics.map((d) => d.code)).toEqual(['unused-variable']);
    const { diagnostics, summary } = checkMission(mission, text, { staticDiagnostics });
    expect(diagnostics[0]).toEqual(staticDiagnostics[0]);
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['soft-lock', 'trap', 'unreachable-ending']));
    expect(summary.ways.map((w) => `${w.code}:${w.nodeId}`)).toEqual(expect.arrayContaining(['soft-lock:stuck', 'trap:trap']));
  });

  it('does not play a mission whose static checks found an error, and says why', () => {
    const broken = clone(smallMission());
    broken.edges.splice(2, 1);
    const { text, staticDiagnostics } = load(serializeMission(broken));
    const { diagnostics, summary } = checkMission(broken, text, { staticDiagnostics });
    expect(diagnostics).toEqual(staticDiagnostics);
    expect(summary).toMatchObject({ states: 0, complete: false, incompleteReason: 'the static checks found errors', fights: 0 });
  });

  it('runs only what it is asked to: the fights alone, or the explorer alone', () => {
    const { text, mission } = sample('tutorial.mission.json');
    expect(checkMission(mission, text, { explore: false }).summary).toMatchObject({
      states: 0,
      complete: false,
      incompleteReason: 'not explored',
      fights: countOf(mission, 'combat'),
    });
    expect(checkMission(mission, text, { balance: false }).summary).toMatchObject({ complete: true, fights: 0 });
  });

  it('reports progress while it searches, then the fights', () => {
    const seen: string[] = [];
    const mission = flagsAndCounterMission(8, 40, 40, 2);
    checkMission(mission, serializeMission(mission), {
      maxStates: 100_000,
      onProgress: ({ phase, states }) => seen.push(`${phase} ${states}`),
    });
    expect(seen[0]).toMatch(/^explore \d+$/);
    expect(seen.at(-1)).toBe('balance 100000');
  });
});

describe('checkMission on a mission past the state cap', () => {
  it('reports only the soft-lock its witness proves, and says the answer is partial', () => {
    const { text, mission, staticDiagnostics } = load(serializeMission(cellarMission()));
    const { diagnostics, summary } = checkMission(mission, text, { staticDiagnostics, maxStates: 1000 });
    expect(diagnostics.map((d) => `${d.code}:${d.nodeId ?? ''}`)).toEqual(['soft-lock:cellar']);
    expect(summary).toMatchObject({ complete: false, states: 1000, incompleteReason: 'stopped at the cap of 1000 states' });
    expect(summary.ways.map((w) => w.code)).toEqual(['soft-lock']);
  });

  it('finds the same soft-lock, and more, when the cap is high enough', () => {
    const { text, mission } = load(serializeMission(cellarMission()));
    const { diagnostics, summary } = checkMission(mission, text);
    expect(summary.complete).toBe(true);
    expect(diagnostics.map((d) => d.code)).toContain('soft-lock');
  });
});

describe('checkMission cancelled', () => {
  it('stops a long search within a batch of states and throws CancelledError', () => {
    // About a million states: seconds of work, stopped after its first progress report.
    const mission = flagsAndCounterMission(8, 40, 40, 2);
    const signal = { aborted: false };
    let reports = 0;
    const started = Date.now();
    const run = () =>
      checkMission(mission, serializeMission(mission), {
        signal,
        onProgress: () => {
          reports++;
          signal.aborted = true;
        },
      });
    expect(run).toThrow(CancelledError);
    expect(reports).toBe(1);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('throws before it starts when the signal is already aborted', () => {
    const { text, mission } = sample('tutorial.mission.json');
    expect(() => checkMission(mission, text, { signal: { aborted: true } })).toThrow('the check was cancelled');
  });
});
