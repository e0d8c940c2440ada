import { describe, expect, it } from 'vitest';
import { serializeMission } from '@mission-studio/core/format';
import { smallMission } from '@mission-studio/core/test-support';
import { describePlayCheck } from '../play-check/play-check-status';
import { settle, testServices } from '../test-support/test-services';

/** Waits (in real time: the play check starts after a quiet moment) until `done` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(done()).toBe(true);
}

describe('the check store', () => {
  it("forgets the previous mission's play check when the next file fails to load", async () => {
    const services = testServices();
    services.store.getState().openText({ name: 'small.mission.json' }, serializeMission(smallMission()));
    await until(() => services.checks.getState().playCheck.status === 'done');
    services.store.getState().openText({ name: 'broken.mission.json' }, '{ "format": "mission-studio/1", ');
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(describePlayCheck(services.checks.getState().playCheck)).toBeNull();
    expect(services.checks.getState().playFindings).toEqual([]);
    services.dispose();
  });

  it('forgets a play check still running on the previous mission when the next file fails to load', async () => {
    const services = testServices();
    services.store.getState().openText({ name: 'small.mission.json' }, serializeMission(smallMission()));
    await until(() => services.checks.getState().playCheck.status === 'running');
    services.store.getState().openText({ name: 'broken.mission.json' }, 'not json at all');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(services.checks.getState().playCheck).toEqual({ status: 'idle' });
    services.dispose();
  });

  it('keeps the same diagnostics list through an edit that leaves the problems as they were', async () => {
    const services = testServices();
    services.store.getState().openText({ name: 'small.mission.json' }, serializeMission(smallMission()));
    await settle();
    services.store.getState().edit({ kind: 'update-node', id: 'win', title: 'Quark Talks' });
    await settle();
    const before = services.checks.getState();
    services.store.getState().edit({ kind: 'move-nodes', moves: [{ id: 'talk', position: { x: 300, y: 40 } }] });
    await settle();
    const after = services.checks.getState();
    expect(after.revision).toBeGreaterThan(before.revision);
    expect(after.diagnostics).toBe(before.diagnostics);
    services.store.getState().edit({ kind: 'delete', nodeIds: [], edgeIds: ['check.ok'] });
    await settle();
    expect(services.checks.getState().diagnostics).not.toBe(before.diagnostics);
    services.dispose();
  });
});
