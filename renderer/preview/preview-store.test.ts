import { describe, expect, it } from 'vitest';
import { witnessFor } from '@mission-studio/core/engine';
import type { DialogNode } from '@mission-studio/core/format';
import { planFromHere } from './play-from-here';
import { AUTO_LIMIT, createPreviewStore } from './preview-store';
import { currentState } from './run-session';
import { secondWave, withNodeData } from './test-missions';

const mission = secondWave();

function ready() {
  const store = createPreviewStore();
  store.getState().setMission(mission);
  return store;
}
const now = (store: ReturnType<typeof ready>) => currentState(store.getState().session!);

describe('createPreviewStore', () => {
  it('plays with the chosen faction and seed, the mission’s first faction by default', () => {
    const store = ready();
    store.getState().play();
    expect(store.getState().session?.options).toEqual({ faction: mission.meta.factions[0], seed: 1 });
    store.getState().setFaction('klingon');
    store.getState().setSeed(7);
    store.getState().play();
    expect(now(store)).toMatchObject({ faction: 'klingon', seed: 7, nodeId: 'achebe-call' });
  });

  it('takes inputs and overrides, steps back and forward, and says when an input is refused', () => {
    const store = ready();
    store.getState().play();
    store.getState().take({ kind: 'choice', nodeId: 'andrews-briefing', choiceId: 'agree-rounds' });
    store.getState().override('coalition', 4);
    expect(now(store).variables['coalition']).toBe(4);
    store.getState().stepBack();
    expect(now(store).variables['coalition']).toBe(0);
    store.getState().stepForward();
    expect(now(store).variables['coalition']).toBe(4);
    store.getState().take({ kind: 'choice', nodeId: 'nowhere', choiceId: 'x' });
    expect(store.getState().notice).toMatchObject({ tone: 'warning', text: expect.stringMatching(/^Refused: /) });
  });

  it('replays the run when the mission is edited, and says where an edit broke it', () => {
    const store = ready();
    store.getState().play();
    store.getState().take({ kind: 'choice', nodeId: 'andrews-briefing', choiceId: 'agree-rounds' });
    store.getState().take({ kind: 'hub', nodeId: 'promenade-hub', optionId: 'find-skyl' });
    const reworded = withNodeData<DialogNode>(mission, 'andrews-briefing', (n) => ({ ...n.data, lines: ['Andrews has a favour to ask.'] }));
    store.getState().setMission(reworded);
    expect(store.getState().notice).toBeNull();
    expect(now(store).nodeId).toBe('skyl-quarks');
    const cut = withNodeData<DialogNode>(reworded, 'andrews-briefing', (n) => ({
      ...n.data,
      choices: n.data.choices.filter((c) => c.id !== 'agree-rounds'),
    }));
    store.getState().setMission(cut);
    expect(store.getState().notice?.text).toMatch(/^The edit changed the run: input 1 \(".+"\) no longer applies/);
    expect(now(store).nodeId).toBe('andrews-briefing');
  });

  it('forgets the run when another mission is opened, keeping its visits in the coverage', () => {
    const store = ready();
    store.getState().play();
    const visits = now(store).visits;
    store.getState().setMission({ ...mission, meta: { ...mission.meta, id: 'another' } });
    expect(store.getState().session).toBeNull();
    expect(store.getState().pastVisits).toEqual(visits);
  });

  it('auto-plays step by step until it enters a breakpoint, then says so', () => {
    const store = ready();
    store.getState().toggleBreakpoint('conference-open');
    store.getState().startAuto();
    let ticks = 0;
    while (store.getState().autoTick()) ticks++;
    expect(ticks).toBeGreaterThan(3);
    expect(store.getState().autoRunning).toBe(false);
    expect(store.getState().notice?.text).toBe(`Paused at breakpoint: ${mission.nodes.find((n) => n.id === 'conference-open')?.title}`);
    store.getState().toggleBreakpoint('conference-open');
    expect(store.getState().breakpoints).toEqual([]);
  });

  it('auto-plays instantly to the ending, and stops when asked', () => {
    const store = ready();
    store.getState().setAutoSpeed('instant');
    store.getState().startAuto();
    store.getState().stopAuto();
    expect(store.getState().autoTick()).toBe(false);
    expect(store.getState().session?.actions).toHaveLength(0);
    store.getState().startAuto();
    expect(store.getState().autoTick()).toBe(false);
    expect(now(store).status).toBe('ended');
    expect(AUTO_LIMIT).toBeGreaterThan(store.getState().session!.actions.length);
  });

  it('starts from a node with the plan’s variables as edited', () => {
    const store = ready();
    const plan = planFromHere(mission, 'round-kurland', witnessFor(mission, 'round-kurland', { factions: ['klingon'] }));
    if ('error' in plan) throw new Error(plan.error);
    store.getState().setFromHere({ nodeId: 'round-kurland', status: 'ready', plan });
    store.getState().editFromHere('coalition', 6);
    store.getState().startFromHere();
    expect(store.getState().fromHere).toBeNull();
    expect(now(store)).toMatchObject({ nodeId: 'round-kurland', faction: 'klingon' });
    expect(now(store).variables).toEqual({ ...plan.variables, coalition: 6 });
  });
});
