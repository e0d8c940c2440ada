import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Mission } from '../../core/format/mission.types';
import { serializeMission } from '../../core/format/serialize';
import { generateMission } from '../../core/test-support/generate-mission';
import { smallMission } from '../../core/test-support/mission-builder';
import { runPlayCheck } from './run-play-check';

describe('runPlayCheck', () => {
  it('finds nothing wrong with Second Wave, and says every ending is reachable', () => {
    const text = readFileSync(join(__dirname, '../../missions/second-wave.mission.json'), 'utf8');
    const mission = JSON.parse(text) as Mission;
    const { diagnostics, summary } = runPlayCheck(mission, text);
    expect(diagnostics).toEqual([]);
    const endings = mission.nodes.filter((n) => n.type === 'end').length;
    expect(summary).toMatchObject({ complete: true, endings, reachableEndings: endings, fights: mission.nodes.filter((n) => n.type === 'combat').length });
    expect(summary.states).toBeGreaterThan(1000);
  });

  it('reports an ending no play-through reaches and a choice never on offer, placed on their lines of the file', () => {
    // The bribe needs 10 credits; the player starts with 5 and only spends: the winning ending is out of reach.
    const mission = smallMission();
    const text = serializeMission(mission);
    const { diagnostics, summary } = runPlayCheck(mission, text);
    const codes = diagnostics.map((d) => `${d.code}:${d.nodeId ?? ''}`);
    expect(codes).toContain('unreachable-ending:win');
    expect(codes).toContain('never-enabled-choice:talk');
    expect(summary.reachableEndings).toBe(summary.endings - 1);
    const win = diagnostics.find((d) => d.code === 'unreachable-ending');
    // The range covers the node's object in the file, whose id line is inside it.
    const idAt = text.indexOf('"id": "win"');
    const range = win?.range;
    expect(range).toBeDefined();
    expect(range?.offset).toBeLessThanOrEqual(idAt);
    expect((range?.offset ?? 0) + (range?.length ?? 0)).toBeGreaterThan(idAt);
  });

  it('reports progress while it searches, then the fights', () => {
    const seen: string[] = [];
    const mission = smallMission();
    runPlayCheck(mission, serializeMission(mission), (_states, phase) => seen.push(phase));
    expect(seen.at(-1)).toBe('balance');
  });
});

describe('runPlayCheck on a mission too big to search to the end', () => {
  it('says the answer is partial and lists none of the unproven "never reached" findings', () => {
    const mission = generateMission({ nodes: 300 });
    const { diagnostics, summary } = runPlayCheck(mission, serializeMission(mission), undefined, 20_000);
    expect(summary.complete).toBe(false);
    expect(summary.states).toBe(20_000);
    expect(diagnostics.filter((d) => d.code === 'never-reached-node' || d.code === 'unreachable-ending' || d.code === 'never-enabled-choice')).toEqual([]);
  });
});
