import type { CommandRegistry } from '../commands/command-registry';
import type { MenuCommandState } from '../host/host.types';

/** Every registered command as the native menu shows it: its label now (Undo names its step), shortcut and whether it can run now. */
export function menuCommandStates(registry: CommandRegistry): MenuCommandState[] {
  return registry.all().map((command) => {
    const state: MenuCommandState = { id: command.id, label: registry.labelNow(command.id), enabled: registry.isEnabled(command.id) };
    if (command.shortcut !== undefined) state.shortcut = command.shortcut;
    return state;
  });
}

/** Whether two menu states are the same, so main rebuilds its menu only when something changed. */
export function sameMenuState(a: readonly MenuCommandState[], b: readonly MenuCommandState[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return x.id === y.id && x.label === y.label && x.enabled === y.enabled && x.shortcut === y.shortcut;
    })
  );
}
