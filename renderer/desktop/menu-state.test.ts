import { describe, expect, it } from 'vitest';
import { createCommandRegistry } from '../commands/command-registry';
import type { CommandContext } from '../commands/command.types';
import { menuCommandStates, sameMenuState } from './menu-state';

describe('menuCommandStates', () => {
  it('lists each registered command with its label, shortcut and whether it can run', () => {
    let canSave = false;
    const registry = createCommandRegistry({} as CommandContext);
    registry.register([
      { id: 'file.save', label: 'Save', menu: 'file', shortcut: 'Mod+S', run: () => undefined, enabled: () => canSave },
      { id: 'help.about', label: 'About', menu: 'help', run: () => undefined },
    ]);
    const before = menuCommandStates(registry);
    expect(before).toEqual([
      { id: 'file.save', label: 'Save', enabled: false, shortcut: 'Mod+S' },
      { id: 'help.about', label: 'About', enabled: true },
    ]);
    canSave = true;
    const after = menuCommandStates(registry);
    expect(sameMenuState(before, after)).toBe(false);
    expect(sameMenuState(after, menuCommandStates(registry))).toBe(true);
  });
});
