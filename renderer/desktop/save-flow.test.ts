import { describe, expect, it } from 'vitest';
import { createBrowserHost, type BrowserFileAccess } from '../host/browser-host';
import { createElectronHost } from '../host/electron-host';
import { createMemoryBackups } from '../host/memory-backups';
import { createFakeBridge } from '../host/testing/fake-bridge';
import { isDirty } from '../state/editor-store';
import { settle, testServices } from '../test-support/test-services';
import type { SaveRequest, SaveResult } from '../../preload/ipc-contract';
import { openedFile } from './file-style';
import { newMissionText } from './new-mission';
import { confirmLeave, exportName, saveDocument, type Ask } from './save-flow';

/** A store with the new mission open from `/m/a.mission.json`, an Electron host over a fake bridge, and answers to questions. */
function setup(answers: string[] = []) {
  const fake = createFakeBridge();
  const services = testServices(createElectronHost(fake.bridge));
  const { store, ctx, notify } = services;
  store.getState().openText({ name: 'a.mission.json', path: '/m/a.mission.json' }, newMissionText());
  const asked: string[] = [];
  const ask: Ask = async (prompt) => {
    asked.push(prompt.title);
    return answers.shift() ?? prompt.cancelId;
  };
  const edit = () =>
    store.getState().edit({ kind: 'set-meta', meta: { ...store.getState().doc!.mission.meta, title: `T${Math.random()}` } });
  return { fake, store, ctx, notify, ask, asked, edit };
}

/** Main's answer while someone else's version is on disk: refused, unless the request says to overwrite. */
const conflictUntilOverwrite = (request: SaveRequest): SaveResult =>
  request.overwriteChanged
    ? { status: 'saved', path: request.path!, name: 'a.mission.json' }
    : { status: 'changed-on-disk', path: request.path!, name: 'a.mission.json' };

describe('saveDocument', () => {
  it('saves back to the file and marks the document clean', async () => {
    const s = setup();
    s.edit();
    expect(await saveDocument(s.ctx, 'save', s.ask)).toBe(true);
    expect(s.fake.saves).toEqual([{ text: expect.any(String), path: '/m/a.mission.json' }]);
    expect(isDirty(s.store.getState())).toBe(false);
  });

  it('refuses to save a file that did not load, whatever the mode', async () => {
    const s = setup();
    s.store.getState().openText({ name: 'broken.json', path: '/m/broken.json' }, '{ "format": ');
    for (const mode of ['save', 'saveAs', 'export'] as const) expect(await saveDocument(s.ctx, mode, s.ask)).toBe(false);
    expect(s.fake.saves).toEqual([]);
    expect(s.notify).toHaveBeenCalledWith(expect.stringContaining('did not load'));
  });

  it('refuses to save source text with errors, saying where the first one is', async () => {
    const s = setup();
    s.store.getState().setSourceText('{ "format": ');
    await settle();
    expect(s.store.getState().draft).not.toBeNull();
    for (const mode of ['save', 'saveAs', 'export'] as const) expect(await saveDocument(s.ctx, mode, s.ask)).toBe(false);
    expect(s.fake.saves).toEqual([]);
    expect(s.notify).toHaveBeenCalledWith(
      expect.stringMatching(/^The source has errors \(line \d+, column \d+\): fix them or undo before saving\.$/),
    );
  });

  it('saves a broken file once it is fixed in the source view, as a new file too', async () => {
    const s = setup();
    s.store.getState().openText({ name: 'broken.json', path: '/m/broken.json' }, '{ "format": ');
    s.store.getState().setSourceText(newMissionText());
    expect(await saveDocument(s.ctx, 'saveAs', s.ask)).toBe(true);
    expect(s.fake.saves).toEqual([{ text: newMissionText(), suggestedName: 'broken.json' }]);
    expect(isDirty(s.store.getState())).toBe(false);
  });

  it('exports a copy under a new name, leaving the document and its dirty mark as they were', async () => {
    const s = setup();
    s.edit();
    expect(await saveDocument(s.ctx, 'export', s.ask)).toBe(true);
    expect(s.fake.saves).toEqual([{ text: expect.any(String), suggestedName: 'a copy.mission.json', copy: true }]);
    expect(s.store.getState().file).toEqual({ name: 'a.mission.json', path: '/m/a.mission.json' });
    expect(isDirty(s.store.getState())).toBe(true);
  });

  it('asks before overwriting a file changed on disk, and overwrites only when told to', async () => {
    for (const [answer, written] of [
      ['cancel', false],
      ['overwrite', true],
    ] as const) {
      const s = setup([answer]);
      s.fake.answerSavesWith(conflictUntilOverwrite);
      s.edit();
      expect(await saveDocument(s.ctx, 'save', s.ask)).toBe(written);
      expect(s.asked).toEqual(['File changed on disk']);
      expect(s.fake.saves.map((r) => r.overwriteChanged)).toEqual(written ? [undefined, true] : [undefined]);
      expect(isDirty(s.store.getState())).toBe(!written);
    }
  });

  it('saves a file opened with CRLF line endings and a byte order mark back in that style, edited or not', async () => {
    const s = setup();
    const windows = `\uFEFF${newMissionText().replace(/\n/g, '\r\n')}`;
    const { file, text } = openedFile({ name: 'w.mission.json', path: '/m/w.mission.json', text: windows });
    s.store.getState().openText(file, text);
    expect(await saveDocument(s.ctx, 'save', s.ask)).toBe(true);
    s.edit();
    expect(await saveDocument(s.ctx, 'saveAs', s.ask)).toBe(true);
    const [unchanged, edited] = s.fake.saves.map((save) => save.text);
    expect(unchanged).toBe(windows);
    expect(edited?.startsWith('\uFEFF{\r\n')).toBe(true);
    expect(edited?.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(s.store.getState().file?.textStyle).toEqual({ lineEnding: 'crlf', bom: true });
  });

  it('keeps the dirty mark for edits made while the save was under way', async () => {
    const s = setup();
    s.edit();
    let release: () => void = () => undefined;
    s.fake.bridge.saveFile = async (request) => {
      await new Promise<void>((resolve) => (release = resolve));
      return { status: 'saved', path: request.path!, name: 'a.mission.json' };
    };
    const saving = saveDocument(s.ctx, 'save', s.ask);
    await Promise.resolve();
    s.edit();
    release();
    expect(await saving).toBe(true);
    expect(isDirty(s.store.getState())).toBe(true);
    s.store.getState().undo();
    expect(isDirty(s.store.getState())).toBe(false);
  });
});

/** The new mission open in a browser tab whose host downloads (or, with `picker`, writes through a save picker). */
function browserSetup(answers: string[], picker?: { fail?: boolean }) {
  const downloads: string[] = [];
  const written: string[] = [];
  const files: BrowserFileAccess = { pickFile: async () => null, offerDownload: (name) => void downloads.push(name) };
  if (picker) {
    files.pickSaveFile = async (name) => ({
      name,
      write: async () => {
        if (picker.fail) throw new Error('The disk is full');
        written.push(name);
      },
    });
  }
  const services = testServices(createBrowserHost(files, { backups: createMemoryBackups() }));
  services.store.getState().openText({ name: 'a.mission.json' }, newMissionText());
  services.store.getState().edit({ kind: 'set-meta', meta: { ...services.store.getState().doc!.mission.meta, title: 'Edited' } });
  const asked: string[] = [];
  const ask: Ask = async (prompt) => {
    asked.push(prompt.title);
    return answers.shift() ?? prompt.cancelId;
  };
  return { ...services, downloads, written, asked, ask };
}

describe('saveDocument in a browser tab', () => {
  it('keeps the unsaved mark after a download until the user confirms it finished', async () => {
    const s = browserSetup(['not-saved']);
    expect(await saveDocument(s.ctx, 'save', s.ask)).toBe(false);
    expect(s.downloads).toEqual(['a.mission.json']);
    expect(s.asked).toEqual(['Did the download finish?']);
    expect(isDirty(s.store.getState())).toBe(true);
    expect(s.notify).toHaveBeenCalledWith(expect.stringContaining('keeps its unsaved mark and its backup'));

    const confirmed = browserSetup(['saved']);
    expect(await saveDocument(confirmed.ctx, 'save', confirmed.ask)).toBe(true);
    expect(isDirty(confirmed.store.getState())).toBe(false);
  });

  it('asks for a file name before downloading for Save As and Save a Copy, and stops on Cancel', async () => {
    const s = browserSetup(['renamed.mission.json', 'saved', '']);
    expect(await saveDocument(s.ctx, 'saveAs', s.ask)).toBe(true);
    expect(s.downloads).toEqual(['renamed.mission.json']);
    expect(s.store.getState().file?.name).toBe('renamed.mission.json');
    expect(await saveDocument(s.ctx, 'export', s.ask)).toBe(false);
    expect(s.asked).toEqual(['Save As', 'Did the download finish?', 'Save a Copy']);
    expect(s.downloads).toHaveLength(1);
  });

  it('counts a save through the save picker as saved once the bytes are written, with no question', async () => {
    const s = browserSetup([], {});
    expect(await saveDocument(s.ctx, 'save', s.ask)).toBe(true);
    expect(s.written).toEqual(['a.mission.json']);
    expect(s.asked).toEqual([]);
    expect(isDirty(s.store.getState())).toBe(false);
  });

  it("keeps the unsaved mark when the save picker's write fails", async () => {
    const s = browserSetup([], { fail: true });
    await expect(saveDocument(s.ctx, 'save', s.ask)).rejects.toThrow('disk is full');
    expect(isDirty(s.store.getState())).toBe(true);
  });
});

describe('confirmLeave', () => {
  it('goes on without asking when nothing is unsaved', async () => {
    const s = setup();
    expect(await confirmLeave(s.ctx, s.ask)).toBe(true);
    expect(s.asked).toEqual([]);
  });

  it("stays on Cancel, goes on after Don't Save, and after Save only once saved", async () => {
    for (const [answer, expected, saves] of [
      ['cancel', false, 0],
      ['discard', true, 0],
      ['save', true, 1],
    ] as const) {
      const s = setup([answer]);
      s.edit();
      expect(await confirmLeave(s.ctx, s.ask)).toBe(expected);
      expect(s.fake.saves).toHaveLength(saves);
    }
    const s = setup(['save']);
    s.fake.answerSavesWith(() => ({ status: 'cancelled' }));
    s.edit();
    expect(await confirmLeave(s.ctx, s.ask)).toBe(false);
  });
});

describe('exportName', () => {
  it('adds "copy" before the mission extension', () => {
    expect(exportName('second-wave.mission.json')).toBe('second-wave copy.mission.json');
    expect(exportName('plain.json')).toBe('plain copy.json');
    expect(exportName('notes')).toBe('notes copy');
  });
});
