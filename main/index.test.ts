// Starts the real main process wiring (index.ts) against a fake `electron`, since Electron's binary may be
// missing: checks the order-sensitive setup, the window's preferences, the guards, handlers and the menu.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../preload/ipc-contract';

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const appEvents = new Map<string, (...args: unknown[]) => void>();
  const windows: Array<{ options: { webPreferences: Record<string, unknown> }; url: string }> = [];
  const handlers = new Set<string>();
  const menus: unknown[] = [];
  const permissions: Record<string, (...args: unknown[]) => unknown> = {};
  return { calls, appEvents, windows, handlers, menus, permissions, userData: '' };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeBrowserWindow extends Emitter {
    static all: FakeBrowserWindow[] = [];
    webContents = Object.assign(new Emitter(), { send: () => undefined, isDestroyed: () => false, isCrashed: () => false });
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      FakeBrowserWindow.all.push(this);
    }
    static getAllWindows = () => FakeBrowserWindow.all;
    static getFocusedWindow = () => null;
    static fromWebContents = () => null;
    loadURL(url: string) {
      fake.windows.push({ options: this.options, url });
      return Promise.resolve();
    }
    setTitle() {}
    isMinimized = () => false;
    focus() {}
  }
  return {
    app: {
      isPackaged: false,
      setPath: (name: string, path: string) => {
        fake.calls.push(`setPath ${name}`);
        fake.userData = path;
      },
      getPath: () => fake.userData,
      enableSandbox: () => fake.calls.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: (...args: unknown[]) => void) => fake.appEvents.set(event, listener),
      whenReady: () => {
        fake.calls.push('whenReady');
        return Promise.resolve();
      },
      isReady: () => true,
      quit: () => fake.calls.push('quit'),
      exit: () => fake.calls.push('exit'),
      addRecentDocument: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: () => fake.calls.push('registerSchemesAsPrivileged'),
      handle: () => fake.calls.push('protocol.handle'),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: (...args: unknown[]) => unknown) => (fake.permissions['request'] = handler),
        setPermissionCheckHandler: (handler: (...args: unknown[]) => unknown) => (fake.permissions['check'] = handler),
        setDevicePermissionHandler: (handler: (...args: unknown[]) => unknown) => (fake.permissions['device'] = handler),
      },
    },
    ipcMain: { handle: (channel: string) => fake.handlers.add(channel) },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => fake.menus.push(menu),
    },
    BrowserWindow: FakeBrowserWindow,
    dialog: {},
    shell: {},
    net: {},
  };
});

process.env['MISSION_STUDIO_USER_DATA'] = mkdtempSync(join(tmpdir(), 'main-index-'));
await import('./index');
// Let the ready handler (loading recent files, building the menu, opening the window) finish.
await vi.waitFor(() => expect(fake.windows).toHaveLength(1));

describe('the main process', () => {
  it('moves its data folder and sandboxes every renderer before the app is ready', () => {
    expect(fake.calls.slice(0, 4)).toEqual(['setPath userData', 'enableSandbox', 'registerSchemesAsPrivileged', 'whenReady']);
    expect(fake.userData).toBe(process.env['MISSION_STUDIO_USER_DATA']);
  });

  it('opens one window on the app scheme with every web preference locked down', () => {
    const [window] = fake.windows;
    expect(window?.url).toBe('app://mission-studio/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('handles every invoke channel and sets the application menu', () => {
    expect(fake.handlers.has(IpcChannel.saveFile)).toBe(true);
    expect(fake.handlers.has(IpcChannel.exportFile)).toBe(true);
    expect(fake.handlers.has(IpcChannel.importFile)).toBe(true);
    expect(fake.handlers.has(IpcChannel.readTranslationTables)).toBe(true);
    expect(fake.handlers.size).toBe(17);
    const last = fake.menus.at(-1) as { template: Array<{ label: string }> };
    expect(last.template.map((menu) => menu.label)).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Run', 'Help']));
  });

  it('denies every permission', () => {
    let granted: boolean | undefined;
    fake.permissions['request']?.(null, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect(fake.permissions['check']?.()).toBe(false);
    expect(fake.permissions['device']?.()).toBe(false);
  });

  it('keeps every web contents in the app: no navigation away, no new windows, no webviews', () => {
    const contents = Object.assign(new EventEmitter(), {
      openHandler: undefined as undefined | (() => unknown),
      setWindowOpenHandler(handler: () => unknown) {
        contents.openHandler = handler;
      },
    });
    fake.appEvents.get('web-contents-created')?.({}, contents);
    const navigate = (event: string, url: string, extra: object = {}) => {
      let prevented = false;
      const details = { url, ...extra, preventDefault: () => void (prevented = true) };
      contents.emit(event, details, url);
      return prevented;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'app://mission-studio/index.html')).toBe(false);
    expect(navigate('will-frame-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'http://localhost:1234/')).toBe(true);
    expect(navigate('will-attach-webview', 'app://mission-studio/')).toBe(true);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
  });
});
