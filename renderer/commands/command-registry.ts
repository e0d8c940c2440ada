import type { Command, CommandContext } from './command.types';
import { matchesShortcut, parseShortcut, type KeyLike } from './shortcuts';

/** The one list of commands: menus, shortcuts, toolbar and palette all read it. */
export interface CommandRegistry {
  all(): readonly Command[];
  get(id: string): Command | undefined;
  /** Adds commands (a view adds its own while mounted); returns a function that removes them. */
  register(commands: readonly Command[]): () => void;
  isEnabled(id: string): boolean;
  /** The command's label as it reads now ("Undo Move 3 Nodes"), or its fixed label. */
  labelNow(id: string): string;
  /** Runs a command if it exists and is enabled; returns whether it ran. */
  run(id: string): boolean;
  /** The command a key press triggers, if any. */
  forKey(event: KeyLike): Command | undefined;
  /** Calls `listener` when commands are added or removed. */
  subscribe(listener: () => void): () => void;
}

/** Creates the registry for a context. */
export function createCommandRegistry(ctx: CommandContext, mac = false): CommandRegistry {
  let commands: Command[] = [];
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const registry: CommandRegistry = {
    all: () => commands,
    get: (id) => commands.find((c) => c.id === id),
    register(list) {
      const ids = new Set(list.map((c) => c.id));
      commands = [...commands.filter((c) => !ids.has(c.id)), ...list];
      changed();
      return () => {
        commands = commands.filter((c) => !list.includes(c));
        changed();
      };
    },
    isEnabled(id) {
      const command = registry.get(id);
      return command !== undefined && (command.enabled?.(ctx) ?? true);
    },
    labelNow(id) {
      const command = registry.get(id);
      return command?.currentLabel?.(ctx) ?? command?.label ?? id;
    },
    run(id) {
      const command = registry.get(id);
      if (!command || !(command.enabled?.(ctx) ?? true)) return false;
      void Promise.resolve(command.run(ctx)).catch((error: unknown) =>
        ctx.notify(`${command.label} failed: ${error instanceof Error ? error.message : String(error)}`),
      );
      return true;
    },
    forKey(event) {
      return commands.find((c) => c.shortcut !== undefined && matchesShortcut(parseShortcut(c.shortcut), event, mac));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return registry;
}
