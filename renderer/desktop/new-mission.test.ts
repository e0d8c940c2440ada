import { describe, expect, it } from 'vitest';
import { loadMission } from '@mission-studio/core/format';
import { validateMission } from '@mission-studio/core/validate';
import { newMission, newMissionText } from './new-mission';

describe('newMission', () => {
  it('is one start joined to one ending, with its meta', () => {
    const mission = newMission();
    expect(mission.nodes.map((n) => n.type)).toEqual(['start', 'end']);
    expect(mission.edges).toHaveLength(1);
    expect(mission.meta.title).toBe('Untitled Mission');
  });

  it('loads and validates without a single error', () => {
    const loaded = loadMission(newMissionText());
    expect(loaded.mission).not.toBeNull();
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(validateMission(loaded.mission!).filter((d) => d.severity === 'error')).toEqual([]);
  });
});
