import { describe, expect, it } from 'vitest';
import { activeNodeOf, coverageOf, runOverlayAttributes, visitsOf } from './node-run-overlay';
import { createPreviewStore } from './preview-store';
import { secondWave } from './test-missions';

const mission = secondWave();

describe('run overlay', () => {
  it('marks the node the run waits at as active, and counts this run’s visits', () => {
    const store = createPreviewStore();
    store.getState().setMission(mission);
    expect(activeNodeOf(store.getState())).toBeNull();
    store.getState().play();
    expect(activeNodeOf(store.getState())).toBe('andrews-briefing');
    expect(visitsOf(store.getState(), 'arrive-ds9')).toBe(1);
    store.getState().take({ kind: 'choice', nodeId: 'andrews-briefing', choiceId: 'agree-rounds' });
    expect(activeNodeOf(store.getState())).toBe('promenade-hub');
  });

  it('adds up coverage over the window’s runs only while the overlay is on', () => {
    const store = createPreviewStore();
    store.getState().setMission(mission);
    store.getState().play();
    store.getState().play();
    expect(coverageOf(store.getState(), 'arrive-ds9')).toBeNull();
    store.getState().setShowCoverage(true);
    expect(coverageOf(store.getState(), 'arrive-ds9')).toBe(2);
    expect(coverageOf(store.getState(), 'end-bajor')).toBe(0);
  });

  it('turns the marks into data attributes for the node element', () => {
    expect(runOverlayAttributes({ active: true, visits: 2, breakpoint: true, coverage: 0 })).toEqual({
      'data-active': 'true',
      'data-visits': '2',
      'data-breakpoint': 'true',
      'data-coverage': '0',
      'data-coverage-band': 'never',
    });
    expect(
      Object.values(runOverlayAttributes({ active: false, visits: 0, breakpoint: false, coverage: null })).every((v) => v === undefined),
    ).toBe(true);
  });
});
