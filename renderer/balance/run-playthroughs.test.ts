import { readFileSync } from 'node:fs';
import { loadMission } from '@mission-studio/core/format';
import type { Mission } from '@mission-studio/core/format';
import { describe, expect, it } from 'vitest';
import { createPlaythroughsClient } from './playthroughs-client';

const secondWave = loadMission(readFileSync('missions/second-wave.mission.json', 'utf8')).mission as Mission;

describe('random playthroughs for the Balance view', () => {
  it('plays a thousand runs of Second Wave and reaches its success ending most often', async () => {
    const answer = await new Promise((resolve, reject) =>
      createPlaythroughsClient().send({ mission: secondWave }, { answer: resolve, failed: reject }),
    );
    expect(answer).toMatchObject({ kind: 'done', report: { runs: 1000 } });
    const report = (answer as { report: { endings: Array<{ nodeId: string; share: number }> } }).report;
    const best = [...report.endings].sort((a, b) => b.share - a.share)[0];
    expect(best?.nodeId).toBe('end-bajor');
    expect(report.endings.reduce((sum, e) => sum + e.share, 0)).toBeCloseTo(1, 5);
  });
});
