import type { Command, CommandContext } from '../commands/command.types';
import { openedFile } from './file-style';
import { canEdit } from '../state/editor-store';
import { newMissionText, NEW_MISSION_NAME } from './new-mission';
import { importStory } from './import-flow';
import { confirmLeave, saveDocument, type Ask } from './save-flow';
import { importTranslation } from '../translations/import-translation';

/** What the desktop commands need beyond the command context. */
export interface DesktopCommandDeps {
  ask: Ask;
  /** Shows the About box or the README. */
  showInfo(kind: 'about' | 'readme'): void;
  /** Opens the Export dialog. */
  showExport(): void;
}

const hasDocument = (ctx: CommandContext) => ctx.store.getState().doc !== null;
/**
 * A mission that loaded and whose source has no pending errors: what an export writes is what is shown. (A
 * read-only room may still be exported: that reads the mission, it does not change it.)
 */
const exportable = (ctx: CommandContext) => {
  const state = ctx.store.getState();
  return state.doc !== null && !state.readOnly && state.draft === null;
};

function openNewMission(ctx: CommandContext): void {
  ctx.store.getState().openText({ name: NEW_MISSION_NAME }, newMissionText());
}

/**
 * The file and help commands of the desktop shell. file.open, file.save and file.saveAs replace the base
 * versions of the same ids: these ask in the page (Save / Don't Save / Cancel, "changed on disk") instead of
 * window.confirm, and go through the save flow that knows about changes on disk.
 */
export function desktopCommands(deps: DesktopCommandDeps): Command[] {
  const { ask } = deps;
  return [
    {
      id: 'file.new',
      label: 'New',
      menu: 'file',
      shortcut: 'Mod+N',
      run: async (ctx) => {
        if (await confirmLeave(ctx, ask)) openNewMission(ctx);
      },
    },
    {
      id: 'file.open',
      label: 'Open…',
      menu: 'file',
      shortcut: 'Mod+O',
      run: async (ctx) => {
        if (!(await confirmLeave(ctx, ask))) return;
        const doc = await ctx.host.openFile();
        if (!doc) return;
        const { file, text } = openedFile(doc);
        ctx.store.getState().openText(file, text);
      },
    },
    { id: 'file.import', label: 'Import…', menu: 'file', run: async (ctx) => void (await importStory(ctx, ask)) },
    {
      id: 'file.save',
      label: 'Save',
      menu: 'file',
      shortcut: 'Mod+S',
      enabled: hasDocument,
      run: async (ctx) => void (await saveDocument(ctx, 'save', ask)),
    },
    {
      id: 'file.saveAs',
      label: 'Save As…',
      menu: 'file',
      shortcut: 'Mod+Shift+S',
      enabled: hasDocument,
      run: async (ctx) => void (await saveDocument(ctx, 'saveAs', ask)),
    },
    {
      id: 'file.saveCopy',
      label: 'Save a Copy…',
      menu: 'file',
      enabled: hasDocument,
      run: async (ctx) => void (await saveDocument(ctx, 'export', ask)),
    },
    { id: 'file.export', label: 'Export…', menu: 'file', shortcut: 'Mod+E', enabled: exportable, run: () => deps.showExport() },
    // A string table (NAME.LANG.strings.csv) from a translator; Electron also reads the ones beside the file.
    {
      id: 'file.importTranslation',
      label: 'Import Translation…',
      menu: 'file',
      enabled: (ctx) => canEdit(ctx.store.getState()),
      run: (ctx) => importTranslation(ctx),
    },
    {
      id: 'file.close',
      label: 'Close',
      menu: 'file',
      shortcut: 'Mod+W',
      run: async (ctx) => {
        // The desktop closes the window (main asks about unsaved changes natively); a tab cannot close itself, so
        // there the document closes and a new mission takes its place.
        if (ctx.host.closeWindow()) return;
        if (await confirmLeave(ctx, ask)) openNewMission(ctx);
      },
    },
    { id: 'help.about', label: 'About Mission Studio', menu: 'help', run: () => deps.showInfo('about') },
    { id: 'help.readme', label: 'Read Me', menu: 'help', run: () => deps.showInfo('readme') },
  ];
}
