import { describe, expect, it } from 'vitest';
import { loadMission } from '../format/load';
import { serializeMission } from '../format/serialize';
import { validateMission } from '../validate/validate-mission';
import { generateMission } from './generate-mission';

describe('generateMission', () => {
  it('makes a mission of about the asked size that validates with no diagnostics', () => {
    const mission = generateMission({ nodes: 1000 });
    expect(mission.nodes.length).toBeGreaterThanOrEqual(1000);
    expect(mission.nodes.length).toBeLessThan(1020);
    expect(validateMission(mission)).toEqual([]);
  });

  it('round-trips through the file format', () => {
    const text = serializeMission(generateMission({ nodes: 200, flags: 3 }));
    expect(loadMission(text).diagnostics).toEqual([]);
  });
});
