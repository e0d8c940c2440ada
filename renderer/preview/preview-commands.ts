/** The Run menu's commands while the preview pane is mounted, and the View menu's toggle for the pane itself. */
import type { Command, CommandContext } from '../commands/command.types';
import { playFromHere } from './from-here-search';
import { previewStore } from './preview-store';

const preview = () => previewStore.getState();
const hasRun = () => preview().session !== null;
const selectedNode = (ctx: CommandContext): string | undefined => ctx.store.getState().selection.nodeIds[0];

/** Play, step back and forward, restart and breakpoints: registered by the pane while it is mounted. */
export function runCommands(): Command[] {
  return [
    { id: 'run.play', label: 'Play', menu: 'run', shortcut: 'F5', enabled: () => preview().mission !== null, run: () => preview().play() },
    { id: 'run.stepBack', label: 'Step Back', menu: 'run', shortcut: 'Shift+F5', enabled: () => (preview().session?.actions.length ?? 0) > 0, run: () => preview().stepBack() },
    // A second shortcut for the same action, the way edit.redoAlt gives Redo two keys.
    { id: 'run.stepBackAlt', label: 'Step Back', menu: 'run', shortcut: 'Mod+Alt+ArrowLeft', enabled: () => (preview().session?.actions.length ?? 0) > 0, run: () => preview().stepBack() },
    { id: 'run.stepForward', label: 'Step Forward', menu: 'run', shortcut: 'Mod+Alt+ArrowRight', enabled: () => (preview().session?.redo.length ?? 0) > 0, run: () => preview().stepForward() },
    { id: 'run.restart', label: 'Restart', menu: 'run', enabled: hasRun, run: () => preview().restart() },
    {
      id: 'run.toggleBreakpoint',
      label: 'Toggle Breakpoint',
      menu: 'run',
      shortcut: 'F9',
      enabled: (ctx) => selectedNode(ctx) !== undefined,
      run: (ctx) => {
        const nodeId = selectedNode(ctx);
        if (nodeId !== undefined) preview().toggleBreakpoint(nodeId);
      },
    },
    {
      id: 'run.playFromHere',
      label: 'Play From Here',
      menu: 'run',
      enabled: (ctx) => preview().mission !== null && selectedNode(ctx) !== undefined,
      run: (ctx) => {
        const nodeId = selectedNode(ctx);
        if (nodeId !== undefined) void playFromHere(nodeId);
      },
    },
  ];
}

/** Shows or hides the Preview region (always registered, so a hidden pane can be brought back). */
export function togglePreviewCommand(): Command {
  return { id: 'view.togglePreview', label: 'Toggle Preview', menu: 'view', run: (ctx) => ctx.store.getState().togglePanel('preview') };
}
