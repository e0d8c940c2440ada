import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import asar from '@electron/asar';
import { FuseV1Options } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fuseConfig, fuseMismatches, readFuses } from './electron-fuses.mjs';
import { packageApp, runtimeLayout, withAsarIntegrity } from './package-app.mjs';

// No Electron binary can be downloaded here, so these tests package a stand-in runtime: a file holding Electron's
// fuse wire (its sentinel, version 1, and eight fuses in Electron's shipped defaults) where the binary would be.
// @electron/fuses flips and reads that wire exactly as in a real binary; only launching the package is left out.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: RunAsNode, cookie encryption off, NODE_OPTIONS, inspect on, integrity, asar-only off, ... */
const SHIPPED_WIRE = '10110000';

let root: string;

/** A stand-in Electron runtime folder and a built project, as the packager finds them. */
function fixture() {
  const runtime = join(root, 'electron-dist');
  mkdirSync(join(runtime, 'resources'), { recursive: true });
  const executable = join(runtime, 'electron');
  writeFileSync(
    executable,
    Buffer.concat([
      Buffer.from('\x7fELF...code...'),
      Buffer.from(SENTINEL),
      Buffer.from([1, SHIPPED_WIRE.length]),
      Buffer.from(SHIPPED_WIRE),
      Buffer.from('...more code'),
    ]),
  );
  writeFileSync(join(runtime, 'resources', 'default_app.asar'), 'electron default app');
  writeFileSync(join(runtime, 'LICENSE'), 'MIT');
  const app = join(root, 'project');
  mkdirSync(join(app, 'out', 'main'), { recursive: true });
  writeFileSync(join(app, 'out', 'main', 'index.js'), 'console.log("main")');
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'mission-studio',
      version: '0.1.0',
      description: 'd',
      main: 'out/main/index.js',
      devDependencies: { electron: '45' },
    }),
  );
  return { executable, app };
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'package-app-'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('fuseConfig', () => {
  it('turns off running as Node, NODE_OPTIONS and the inspector, and turns on cookie encryption and asar-only loading', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      const config = fuseConfig(platform);
      expect(config[FuseV1Options.RunAsNode]).toBe(false);
      expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
      expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
      expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
      expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    }
  });

  it("checks ASAR integrity where the package carries the archive's hash (macOS)", () => {
    expect(fuseConfig('darwin')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfig('linux')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(false);
  });
});

describe('packageApp', () => {
  it("packs the built app into app.asar, drops Electron's default app, and flips the fuses, read back from the binary", async () => {
    const { executable, app } = fixture();
    expect((await readFuses(executable)).RunAsNode).toBe(true);
    const { target, fuses } = await packageApp({
      electronExecutable: executable,
      appRoot: app,
      outDir: join(root, 'release'),
      platform: 'linux',
      arch: 'x64',
    });
    expect(target).toBe(join(root, 'release', 'mission-studio-linux-x64'));
    const packaged = join(target, 'electron');
    expect(fuses).toEqual(await readFuses(packaged));
    expect(fuses).toMatchObject({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
    });
    expect(await fuseMismatches(packaged, fuseConfig('linux'))).toEqual([]);
    // The runtime it was copied from is untouched.
    expect((await readFuses(executable)).RunAsNode).toBe(true);
    expect(existsSync(join(target, 'resources', 'default_app.asar'))).toBe(false);
    const archive = join(target, 'resources', 'app.asar');
    expect(asar.listPackage(archive, { isPack: false }).sort()).toEqual(
      ['/out', '/out/main', '/out/main/index.js', '/package.json'].map((p) => p.split('/').join(sep)),
    );
    const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(manifest).toEqual({ name: 'mission-studio', version: '0.1.0', description: 'd', main: 'out/main/index.js' });
  });

  it('refuses to package a project that was not built', async () => {
    const { executable, app } = fixture();
    rmSync(join(app, 'out'), { recursive: true });
    await expect(
      packageApp({ electronExecutable: executable, appRoot: app, outDir: join(root, 'release'), platform: 'linux' }),
    ).rejects.toThrow('npm run build');
  });

  it('is the npm "package" script, after a build', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['package']).toBe('electron-vite build && node scripts/package-app.mjs');
  });
});

describe('the macOS layout', () => {
  it("flips the fuses of the .app (its framework) and writes the archive's hash into Info.plist", () => {
    const layout = runtimeLayout('/r', 'Electron.app', 'darwin');
    expect(layout).toEqual({
      fuseTarget: '/r/Electron.app',
      resources: '/r/Electron.app/Contents/Resources',
      infoPlist: '/r/Electron.app/Contents/Info.plist',
    });
    const plist =
      '<?xml version="1.0"?>\n<plist version="1.0">\n<dict>\n<key>CFBundleName</key><string>Electron</string>\n</dict>\n</plist>\n';
    const once = withAsarIntegrity(plist, 'a'.repeat(64));
    expect(once).toContain(
      `<key>ElectronAsarIntegrity</key><dict><key>Resources/app.asar</key><dict><key>algorithm</key><string>SHA256</string><key>hash</key><string>${'a'.repeat(64)}</string></dict></dict>`,
    );
    expect(once.indexOf('ElectronAsarIntegrity')).toBeLessThan(once.lastIndexOf('</dict>'));
    const twice = withAsarIntegrity(once, 'b'.repeat(64));
    expect(twice.match(/ElectronAsarIntegrity/g)).toHaveLength(1);
    expect(twice).toContain('b'.repeat(64));
  });
});
