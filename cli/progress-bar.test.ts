import { describe, expect, it } from 'vitest';
import { createProgress } from './progress-bar';

describe('createProgress', () => {
  it('prints one plain line per quarter reached, even when an update jumps several', () => {
    let out = '';
    const p = createProgress((t) => (out += t), { label: 'work', tty: false });
    p.update(10, 100);
    p.update(60, 100);
    p.update(60, 100);
    p.update(100, 100);
    p.finish();
    expect(out).toBe('work: 25%\nwork: 50%\nwork: 75%\nwork: 100%\n');
  });

  it('redraws a bar in place at most every `every` ms, always draws the end, and clears it when done', () => {
    let out = '';
    let clock = 0;
    const p = createProgress((t) => (out += t), { label: 'work', tty: true, every: 100, now: () => clock, width: 10 });
    p.update(1, 4);
    clock = 50;
    p.update(2, 4); // too soon: skipped
    clock = 150;
    p.update(3, 4);
    p.update(4, 4); // the end is always drawn
    p.finish();
    expect(out).toBe('\rwork [###.......] 25% 1/4\rwork [########..] 75% 3/4\rwork [##########] 100% 4/4\r\x1b[K');
  });
});
