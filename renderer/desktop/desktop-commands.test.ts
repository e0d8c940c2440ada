import { describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from '../host/browser-host';
import { createElectronHost } from '../host/electron-host';
import type { Host } from '../host/host.types';
import { createFakeBridge } from '../host/testing/fake-bridge';
import { isDirty } from '../state/editor-store';
import { testServices } from '../test-support/test-services';
import { desktopCommands } from './desktop-commands';
import { NEW_MISSION_NAME, newMissionText } from './new-mission';
import type { Ask } from './save-flow';

/** Flushes the promise chains a command starts. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(host: Host, answers: string[] = []) {
  const services = testServices(host);
  const { store, commands: registry } = services;
  store.getState().openText({ name: 'second-wave.mission.json' }, newMissionText());
  const asked: string[] = [];
  const ask: Ask = async (prompt) => {
    asked.push(prompt.title);
    return answers.shift() ?? prompt.cancelId;
  };
  const showInfo = vi.fn();
  const showExport = vi.fn();
  registry.register(desktopCommands({ ask, showInfo, showExport }));
  const edit = () => store.getState().edit({ kind: 'set-meta', meta: { ...store.getState().doc!.mission.meta, title: 'Edited' } });
  return { store, registry, asked, showInfo, showExport, edit };
}

const browserHost = () => createBrowserHost({ pickFile: async () => null, offerDownload: () => undefined });

describe('desktopCommands', () => {
  it('adds New, Export, Close, About and Read Me, and replaces the base file commands', () => {
    const { registry } = setup(browserHost());
    for (const id of [
      'file.new',
      'file.open',
      'file.save',
      'file.saveAs',
      'file.saveCopy',
      'file.export',
      'file.close',
      'help.about',
      'help.readme',
    ]) {
      expect(
        registry.all().filter((c) => c.id === id),
        id,
      ).toHaveLength(1);
    }
  });

  it('asks in the page before Open replaces unsaved changes, and opens nothing on Cancel', async () => {
    const openFile = vi.fn(async () => null);
    const s = setup({ ...browserHost(), openFile }, ['cancel']);
    s.edit();
    s.registry.run('file.open');
    await settle();
    expect(s.asked).toEqual(['Unsaved changes']);
    expect(openFile).not.toHaveBeenCalled();
  });

  it('opens a new untitled mission from New, asking first about unsaved changes', async () => {
    const s = setup(browserHost(), ['cancel', 'discard']);
    s.edit();
    s.registry.run('file.new');
    await settle();
    expect(s.store.getState().file?.name).toBe('second-wave.mission.json');
    s.registry.run('file.new');
    await settle();
    expect(s.asked).toEqual(['Unsaved changes', 'Unsaved changes']);
    expect(s.store.getState().file).toEqual({ name: NEW_MISSION_NAME });
    expect(isDirty(s.store.getState())).toBe(false);
  });

  it('closes the desktop window through main, and replaces the document in a browser tab', async () => {
    const fake = createFakeBridge();
    const desktop = setup(createElectronHost(fake.bridge));
    desktop.registry.run('file.close');
    await settle();
    expect(fake.sent.map((s) => s.method)).toContain('closeWindow');

    const tab = setup(browserHost());
    tab.registry.run('file.close');
    await settle();
    expect(tab.store.getState().file).toEqual({ name: NEW_MISSION_NAME });
  });

  it('saves a copy through the host, and leaves the document as it was', async () => {
    const fake = createFakeBridge();
    const s = setup(createElectronHost(fake.bridge));
    s.registry.run('file.saveCopy');
    await settle();
    expect(fake.saves).toEqual([{ text: newMissionText(), suggestedName: 'second-wave copy.mission.json', copy: true }]);
  });

  it('opens the Export dialog from File > Export…, but not for a source with errors', async () => {
    const s = setup(browserHost());
    s.registry.run('file.export');
    expect(s.showExport).toHaveBeenCalledTimes(1);
    s.store.getState().setSourceText('{ broken');
    await settle();
    expect(s.registry.isEnabled('file.export')).toBe(false);
  });

  it('shows the About box and the README', () => {
    const s = setup(browserHost());
    s.registry.run('help.about');
    s.registry.run('help.readme');
    expect(s.showInfo.mock.calls).toEqual([['about'], ['readme']]);
  });
});
