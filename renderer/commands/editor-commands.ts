import { copyNodes, parseFragment, pasteEdit } from '@mission-studio/core/edit';
import { withCombatDefaults, withDialogDefaults } from '@mission-studio/core/edit';
import { nodeTemplate, freshNodeId } from '@mission-studio/core/edit';
import { canEdit, undoLabels } from '../state/editor-store';
import type { Command, CommandContext } from './command.types';

// The in-app clipboard backs up the system one: reading the system clipboard needs a permission that the
// Electron shell denies, and a browser may refuse it too. Copy writes both; Paste prefers the system text.
let lastCopied = '';

async function writeClipboard(text: string): Promise<void> {
  lastCopied = text;
  await navigator.clipboard?.writeText(text).catch(() => undefined);
}

async function readClipboard(): Promise<string> {
  const text = await navigator.clipboard?.readText().catch(() => '');
  return text && parseFragment(text) ? text : lastCopied;
}

const state = (ctx: CommandContext) => ctx.store.getState();
const selectionOf = (ctx: CommandContext) => ctx.ui.getState().selection;
const hasSelection = (ctx: CommandContext) => selectionOf(ctx).nodeIds.length + selectionOf(ctx).edgeIds.length > 0;
const editable = (ctx: CommandContext) => canEdit(state(ctx));
const historyLabelsOf = (ctx: CommandContext) => undoLabels(state(ctx));

function copySelection(ctx: CommandContext): string | null {
  const s = state(ctx);
  const selection = selectionOf(ctx);
  if (!s.doc || selection.nodeIds.length === 0) return null;
  return JSON.stringify(copyNodes(s.doc.mission, selection.nodeIds), null, 2);
}

function deleteSelection(ctx: CommandContext): void {
  const selection = selectionOf(ctx);
  state(ctx).edit({ kind: 'delete', nodeIds: selection.nodeIds, edgeIds: selection.edgeIds });
  ctx.ui.getState().select({ nodeIds: [], edgeIds: [] });
}

function pasteText(ctx: CommandContext, text: string): void {
  const s = state(ctx);
  const fragment = parseFragment(text);
  if (!s.doc || !fragment) return ctx.notify('Nothing to paste: copy some nodes first.');
  const edit = pasteEdit(s.doc.mission, fragment, undefined, ctx.views.graph?.placementArea());
  s.edit(edit);
  if (edit.kind === 'add-nodes') ctx.ui.getState().select({ nodeIds: edit.nodes.map((n) => n.id), edgeIds: [] });
}

/**
 * The editor's own commands: editing and panels. Files (open, save, export...) come from renderer/desktop, which
 * knows the host's dialogs and changes on disk; views add theirs (fit view, layout, find) when mounted.
 */
export function editorCommands(): Command[] {
  return [
    // With text that does not load pending, Undo goes back to the last valid text first (the store does it).
    {
      id: 'edit.undo',
      label: 'Undo',
      menu: 'edit',
      shortcut: 'Mod+Z',
      enabled: (ctx) => (editable(ctx) && historyLabelsOf(ctx).undo !== null) || (state(ctx).draft !== null && !state(ctx).readOnly),
      run: (ctx) => state(ctx).undo(),
      currentLabel: (ctx) => (state(ctx).draft !== null && !state(ctx).readOnly ? 'Undo Typing in Source' : historyLabelsOf(ctx).undo),
    },
    {
      id: 'edit.redo',
      label: 'Redo',
      menu: 'edit',
      shortcut: 'Mod+Shift+Z',
      enabled: (ctx) => editable(ctx) && historyLabelsOf(ctx).redo !== null,
      run: (ctx) => state(ctx).redo(),
      currentLabel: (ctx) => historyLabelsOf(ctx).redo,
    },
    {
      id: 'edit.redoAlt',
      label: 'Redo',
      menu: 'edit',
      shortcut: 'Mod+Y',
      enabled: (ctx) => editable(ctx) && historyLabelsOf(ctx).redo !== null,
      run: (ctx) => state(ctx).redo(),
    },
    {
      id: 'edit.cut',
      label: 'Cut',
      menu: 'edit',
      shortcut: 'Mod+X',
      enabled: (ctx) => editable(ctx) && hasSelection(ctx),
      run: async (ctx) => {
        const text = copySelection(ctx);
        if (text) await writeClipboard(text);
        deleteSelection(ctx);
      },
    },
    {
      id: 'edit.copy',
      label: 'Copy',
      menu: 'edit',
      shortcut: 'Mod+C',
      enabled: (ctx) => selectionOf(ctx).nodeIds.length > 0,
      run: async (ctx) => {
        const text = copySelection(ctx);
        if (text) await writeClipboard(text);
      },
    },
    {
      id: 'edit.paste',
      label: 'Paste',
      menu: 'edit',
      shortcut: 'Mod+V',
      enabled: editable,
      run: async (ctx) => pasteText(ctx, await readClipboard()),
    },
    {
      id: 'edit.duplicate',
      label: 'Duplicate',
      menu: 'edit',
      shortcut: 'Mod+D',
      enabled: (ctx) => editable(ctx) && selectionOf(ctx).nodeIds.length > 0,
      run: (ctx) => {
        const text = copySelection(ctx);
        if (text) pasteText(ctx, text);
      },
    },
    {
      id: 'edit.delete',
      label: 'Delete',
      menu: 'edit',
      shortcut: 'Delete',
      enabled: (ctx) => editable(ctx) && hasSelection(ctx),
      run: deleteSelection,
    },
    {
      id: 'edit.selectAll',
      label: 'Select All',
      menu: 'edit',
      shortcut: 'Mod+A',
      enabled: (ctx) => state(ctx).doc !== null,
      run: (ctx) => {
        const doc = state(ctx).doc!;
        ctx.ui.getState().select({ nodeIds: doc.mission.nodes.map((n) => n.id), edgeIds: doc.mission.edges.map((e) => e.id) });
      },
    },
    // Escape clears the selection, as in every canvas editor (text fields, menus and dialogs keep their own Escape).
    {
      id: 'edit.selectNone',
      label: 'Select None',
      menu: 'edit',
      shortcut: 'Escape',
      enabled: hasSelection,
      run: (ctx) => ctx.ui.getState().select({ nodeIds: [], edgeIds: [] }),
    },
    { id: 'view.toggleInspector', label: 'Toggle Inspector', menu: 'view', run: (ctx) => ctx.ui.getState().togglePanel('inspector') },
    { id: 'view.toggleSource', label: 'Toggle Source', menu: 'view', run: (ctx) => ctx.ui.getState().togglePanel('source') },
    { id: 'view.toggleProblems', label: 'Toggle Problems', menu: 'view', run: (ctx) => ctx.ui.getState().togglePanel('problems') },
    { id: 'view.commandPalette', label: 'Command Palette…', menu: 'view', shortcut: 'Mod+Shift+P', run: (ctx) => ctx.openPalette() },
  ];
}

/** The edit that adds a node of `type` at `position`, with a fresh id, valid as it is made (a fight gets its sides, a dialog its speaker). */
export function addNodeEdit(ctx: CommandContext, type: Parameters<typeof nodeTemplate>[0], position: { x: number; y: number }) {
  const doc = state(ctx).doc;
  const taken = new Set(doc?.mission.nodes.map((n) => n.id) ?? []);
  const node = nodeTemplate(type, freshNodeId(type, taken), position);
  if (node.type === 'combat' && doc) {
    const made = withCombatDefaults(doc.mission, node);
    return {
      edit: { kind: 'add-nodes' as const, nodes: [made.node], ...(made.units.length > 0 ? { units: made.units } : {}) },
      nodeId: node.id,
    };
  }
  if (node.type === 'dialog' && doc) {
    const made = withDialogDefaults(doc.mission, node);
    return {
      edit: { kind: 'add-nodes' as const, nodes: [made.node], ...(made.cast.length > 0 ? { cast: made.cast } : {}) },
      nodeId: node.id,
    };
  }
  return { edit: { kind: 'add-nodes' as const, nodes: [node] }, nodeId: node.id };
}
