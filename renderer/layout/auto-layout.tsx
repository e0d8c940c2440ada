import { useEffect, useMemo, useState } from 'react';
import { useServices } from '../app-context';
import type { CommandContext } from '../commands/command.types';
import type { EditorState } from '../state/editor-store';
import { buildElkGraph, layoutEditFrom } from './elk-graph';
import { createLayoutRunner, LayoutCancelled, type LayoutRunner } from './elk-runner';
import { lacksPositions } from './lacks-positions';
import { measureNodeSizes, sizeOfNodes } from './measured-sizes';
import './layout.css';

/** Lays out the current mission and applies it as one undoable "Auto-layout" step; a newer call cancels this one. */
async function autoLayout(ctx: CommandContext, runner: LayoutRunner, setBusy: (busy: boolean) => void): Promise<void> {
  const { doc, readOnly, file } = ctx.store.getState();
  if (!doc || readOnly) return;
  setBusy(true);
  try {
    const canvas = document.querySelector('section[aria-label="Graph"]');
    const sizes = sizeOfNodes(canvas ? measureNodeSizes(canvas) : new Map());
    const laidOut = await runner.run(buildElkGraph(doc.mission, sizes));
    setBusy(false);
    // Another file opened meanwhile: this layout is not for it.
    const now = ctx.store.getState();
    if (now.file?.name !== file?.name || now.file?.path !== file?.path || now.readOnly) return;
    // Positions for nodes deleted meanwhile are ignored by the edit; nodes added meanwhile keep theirs.
    now.edit(layoutEditFrom(laidOut));
    requestAnimationFrame(() => ctx.views.graph?.fitView());
  } catch (error) {
    if (error instanceof LayoutCancelled) return; // the newer request shows its own progress
    setBusy(false);
    throw error;
  }
}

/** A fresh file (nothing to undo or redo yet) whose nodes were never placed. */
const freshWithoutPositions = (s: EditorState) =>
  s.doc !== null && !s.readOnly && s.doc.history.past.length === 0 && s.doc.history.future.length === 0 && lacksPositions(s.doc.mission);

/**
 * Registers View > Auto-layout (elkjs in a Web Worker) while mounted, lays out a file that arrives without
 * positions once after it opens (as one undoable step, so the user can take it back), and shows progress.
 */
export function AutoLayout() {
  const { commands, ctx, store } = useServices();
  const [busy, setBusy] = useState(false);
  const runner = useMemo(() => createLayoutRunner(), []);
  useEffect(() => () => runner.dispose(), [runner]);

  useEffect(
    () =>
      commands.register([
        {
          id: 'view.autoLayout',
          label: 'Auto-layout',
          menu: 'view',
          shortcut: 'Mod+Shift+L',
          enabled: (c) => c.store.getState().doc !== null && !c.store.getState().readOnly,
          run: (c) => autoLayout(c, runner, setBusy),
        },
      ]),
    [commands, runner],
  );

  useEffect(() => {
    let checked: unknown = null;
    const check = (s: EditorState) => {
      if (s.doc === null || s.doc.mission === checked) return;
      checked = s.doc.mission;
      if (freshWithoutPositions(s))
        autoLayout(ctx, runner, setBusy).catch((error: unknown) =>
          ctx.notify(`Auto-layout failed: ${error instanceof Error ? error.message : String(error)}`),
        );
    };
    check(store.getState());
    return store.subscribe(check);
  }, [ctx, runner, store]);

  return busy ? (
    <p role="status" className="layout-progress">
      Laying out…
    </p>
  ) : null;
}
