import { describe, expect, it } from 'vitest';
import { createGestureGate, GESTURE_WINDOW_MS, isGestureInput } from './user-gestures';

describe('createGestureGate', () => {
  it('refuses an action no user input asked for', () => {
    expect(createGestureGate(() => 0).take()).toBe(false);
  });

  it('pays for one action with each real input event', () => {
    const gate = createGestureGate(() => 0);
    gate.note();
    expect(gate.take()).toBe(true);
    expect(gate.take()).toBe(false);
  });

  it('lets a gesture expire after the window, so old input cannot be hoarded', () => {
    let clock = 0;
    const gate = createGestureGate(() => clock);
    gate.note();
    clock += GESTURE_WINDOW_MS + 1;
    expect(gate.take()).toBe(false);
  });

  it('keeps only a few unspent gestures however many keys were pressed', () => {
    const gate = createGestureGate(() => 0);
    for (let i = 0; i < 100; i++) gate.note();
    let spent = 0;
    while (gate.take()) spent++;
    expect(spent).toBe(8);
  });
});

describe('isGestureInput', () => {
  it('counts clicks and key presses, not mouse moves or scrolling', () => {
    expect(['mouseDown', 'keyDown', 'rawKeyDown'].every(isGestureInput)).toBe(true);
    expect(['mouseMove', 'mouseWheel', 'keyUp', 'char'].some(isGestureInput)).toBe(false);
  });
});
