import { describe, expect, it } from 'vitest';
import { buildMission, n } from '@mission-studio/core/engine';
import { autoPlayStep, pickAutoInput, runAutoPlay } from './auto-play';
import { currentState, startSession } from './run-session';
import { secondWave } from './test-missions';

const mission = secondWave();
const none = new Set<string>();

describe('pickAutoInput', () => {
  it('takes the first offered input under the first policy, and never a forced combat outcome', () => {
    const start = currentState(startSession(mission, { faction: 'federation', seed: 1 }));
    expect(pickAutoInput(start, 'first')).toEqual(start.available[0]?.input);
    const fight = currentState(startSession(mission, { faction: 'federation', seed: 1, at: 'space-battle' }));
    for (let seed = 1; seed <= 30; seed++) {
      expect(pickAutoInput({ ...fight, seed }, 'random')?.kind).not.toBe('combat-force');
    }
  });

  it('picks the same random input for the same run and step, and varies with the seed', () => {
    const hub = currentState(startSession(mission, { faction: 'federation', seed: 1, at: 'promenade-hub' }));
    const picks = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const state = { ...hub, seed };
      expect(pickAutoInput(state, 'random')).toEqual(pickAutoInput(state, 'random'));
      picks.add(JSON.stringify(pickAutoInput(state, 'random')));
    }
    expect(picks.size).toBeGreaterThan(1);
  });
});

describe('runAutoPlay', () => {
  it('plays a run to an ending', () => {
    for (const policy of ['first', 'random'] as const) {
      const { session, stop, steps } = runAutoPlay(mission, startSession(mission, { faction: 'klingon', seed: 3 }), {
        policy,
        breakpoints: none,
        maxSteps: 500,
      });
      expect(stop).toEqual({ reason: 'ended' });
      expect(currentState(session).status).toBe('ended');
      expect(steps).toBe(session.actions.length);
    }
  });

  it('stops right after the step that enters a breakpoint, even one the run passes through', () => {
    const breakpoints = new Set(['conference-open']);
    const { session, stop } = runAutoPlay(mission, startSession(mission, { faction: 'federation', seed: 1 }), {
      policy: 'first',
      breakpoints,
      maxSteps: 500,
    });
    expect(stop).toEqual({ reason: 'breakpoint', nodeId: 'conference-open' });
    const last = currentState(session);
    const before = session.states[session.states.length - 2]!;
    const lastStep = last.events.slice(before.events.length);
    expect(lastStep).toContainEqual({ type: 'enter-node', nodeId: 'conference-open' });
    expect(before.events).not.toContainEqual({ type: 'enter-node', nodeId: 'conference-open' });
  });

  it('goes on past the breakpoint when started again from it', () => {
    const breakpoints = new Set(['conference-open']);
    const first = runAutoPlay(mission, startSession(mission, { faction: 'federation', seed: 1 }), {
      policy: 'first',
      breakpoints,
      maxSteps: 500,
    });
    const again = runAutoPlay(mission, first.session, { policy: 'first', breakpoints, maxSteps: 500 });
    expect(again.stop.reason).toBe('ended');
  });

  it('gives up after maxSteps in a loop the policy never leaves', () => {
    // `search` leads back to the market and is always offered first.
    const loop = buildMission({
      nodes: [n.start('start'), n.hub('market', [{ id: 'search', label: 'Search the stalls' }]), n.end('done')],
      edges: [
        ['start', 'next', 'market'],
        ['market', 'search', 'market'],
        ['market', 'continue', 'done'],
      ],
    });
    const { stop, steps } = runAutoPlay(loop, startSession(loop, { faction: 'federation', seed: 1 }), {
      policy: 'first',
      breakpoints: none,
      maxSteps: 50,
    });
    expect(stop).toEqual({ reason: 'limit' });
    expect(steps).toBe(50);
  });

  it('reports a run that has already ended without taking a step', () => {
    const done = runAutoPlay(mission, startSession(mission, { faction: 'klingon', seed: 3 }), {
      policy: 'first',
      breakpoints: none,
      maxSteps: 500,
    }).session;
    expect(autoPlayStep(mission, done, 'first', none)).toEqual({ session: done, stop: { reason: 'ended' } });
  });
});
