/** The Run menu's commands while the preview pane is mounted, and the View menu's toggle for the pane itself. */
import type { Command, CommandContext } from '../commands/command.types';
import { playFromHere } from './from-here-search';
const preview = (ctx: CommandContext) => ctx.preview.getState();
const hasRun = (ctx: CommandContext) => preview(ctx).session !== null;
const selectedNode = (ctx: CommandContext): string | undefined => ctx.ui.getState().selection.nodeIds[0];

/** Play, step back and forward, restart and breakpoints: registered by the pane while it is mounted. */
export function runCommands(): Command[] {
  return [
    {
      id: 'run.play',
      label: 'Play',
      menu: 'run',
      shortcut: 'F5',
      enabled: (ctx) => preview(ctx).mission !== null,
      run: (ctx) => preview(ctx).play(),
    },
    {
      id: 'run.stepBack',
      label: 'Step Back',
      menu: 'run',
      shortcut: 'Shift+F5',
      enabled: (ctx) => (preview(ctx).session?.actions.length ?? 0) > 0,
      run: (ctx) => preview(ctx).stepBack(),
    },
    // A second shortcut for the same action, the way edit.redoAlt gives Redo two keys.
    {
      id: 'run.stepBackAlt',
      label: 'Step Back',
      menu: 'run',
      shortcut: 'Mod+Alt+ArrowLeft',
      enabled: (ctx) => (preview(ctx).session?.actions.length ?? 0) > 0,
      run: (ctx) => preview(ctx).stepBack(),
    },
    {
      id: 'run.stepForward',
      label: 'Step Forward',
      menu: 'run',
      shortcut: 'Mod+Alt+ArrowRight',
      enabled: (ctx) => (preview(ctx).session?.redo.length ?? 0) > 0,
      run: (ctx) => preview(ctx).stepForward(),
    },
    { id: 'run.restart', label: 'Restart', menu: 'run', enabled: hasRun, run: (ctx) => preview(ctx).restart() },
    {
      id: 'run.toggleBreakpoint',
      label: 'Toggle Breakpoint',
      menu: 'run',
      shortcut: 'F9',
      enabled: (ctx) => selectedNode(ctx) !== undefined,
      run: (ctx) => {
        const nodeId = selectedNode(ctx);
        if (nodeId !== undefined) preview(ctx).toggleBreakpoint(nodeId);
      },
    },
    {
      id: 'run.playFromHere',
      label: 'Play From Here',
      menu: 'run',
      enabled: (ctx) => preview(ctx).mission !== null && selectedNode(ctx) !== undefined,
      run: (ctx) => {
        const nodeId = selectedNode(ctx);
        if (nodeId !== undefined) void playFromHere(ctx.preview, nodeId);
      },
    },
  ];
}

/** Shows or hides the Preview region (always registered, so a hidden pane can be brought back). */
export function togglePreviewCommand(): Command {
  return { id: 'view.togglePreview', label: 'Toggle Preview', menu: 'view', run: (ctx) => ctx.ui.getState().togglePanel('preview') };
}
