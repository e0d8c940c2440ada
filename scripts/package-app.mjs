// `npm run package`: the packaged desktop app in release/. Copies the Electron runtime, puts the built app (out/
// and a minimal package.json) into resources/app.asar, removes Electron's default app, writes the archive's hash
// where Electron checks it (macOS), and flips Electron's fuses (scripts/electron-fuses.mjs), reading them back.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import { applyFuses } from './electron-fuses.mjs';

const require = createRequire(import.meta.url);
const { ELECTRON_HINT, findElectron } = require('./find-electron.cjs');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Where things sit in a copied Electron runtime for `platform`: the executable fuses are flipped on (on macOS the
 * .app bundle, which @electron/fuses resolves to its framework), the resources folder, and Info.plist (macOS).
 */
export function runtimeLayout(runtimeRoot, executableName, platform) {
  if (platform === 'darwin') {
    const app = join(runtimeRoot, executableName);
    return { fuseTarget: app, resources: join(app, 'Contents', 'Resources'), infoPlist: join(app, 'Contents', 'Info.plist') };
  }
  return { fuseTarget: join(runtimeRoot, executableName), resources: join(runtimeRoot, 'resources'), infoPlist: null };
}

/** Info.plist with the archive's header hash under ElectronAsarIntegrity (what Electron's integrity check reads). */
export function withAsarIntegrity(plist, headerHash) {
  const entry = `<key>ElectronAsarIntegrity</key><dict><key>Resources/app.asar</key><dict><key>algorithm</key><string>SHA256</string><key>hash</key><string>${headerHash}</string></dict></dict>`;
  const cleaned = plist.replace(/<key>ElectronAsarIntegrity<\/key>\s*<dict>[\s\S]*?<\/dict>\s*<\/dict>/, '');
  const end = cleaned.lastIndexOf('</dict>');
  if (end === -1) throw new Error('Info.plist has no top-level <dict>');
  return `${cleaned.slice(0, end)}${entry}\n${cleaned.slice(end)}`;
}

/**
 * Packages the app. `electronExecutable`: the Electron binary whose folder is copied (on macOS, the binary inside
 * Electron.app); `appRoot`: the project (its out/ and package.json). Returns where the package went and the fuses
 * read back from it.
 */
export async function packageApp({
  electronExecutable,
  appRoot = ROOT,
  outDir = join(appRoot, 'release'),
  platform = process.platform,
  arch = process.arch,
}) {
  const builtMain = join(appRoot, 'out', 'main', 'index.js');
  if (!existsSync(builtMain)) throw new Error(`${relative(appRoot, builtMain)} is missing: run \`npm run build\` first`);
  const macApp = platform === 'darwin' ? electronExecutable.slice(0, electronExecutable.indexOf('.app') + 4) : null;
  const runtimeSource = macApp ? dirname(macApp) : dirname(electronExecutable);
  const target = join(outDir, `mission-studio-${platform}-${arch}`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(runtimeSource, target, { recursive: true, verbatimSymlinks: true });
  const layout = runtimeLayout(target, macApp ? basename(macApp) : basename(electronExecutable), platform);

  // The archive holds only what runs: the built bundles and the fields of package.json Electron reads.
  const pkg = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8'));
  const staging = mkdtempSync(join(tmpdir(), 'mission-studio-app-'));
  try {
    cpSync(join(appRoot, 'out'), join(staging, 'out'), { recursive: true });
    writeFileSync(
      join(staging, 'package.json'),
      `${JSON.stringify({ name: pkg.name, version: pkg.version, description: pkg.description, main: pkg.main }, null, 2)}\n`,
    );
    rmSync(join(layout.resources, 'default_app.asar'), { force: true });
    await asar.createPackage(staging, join(layout.resources, 'app.asar'));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  if (layout.infoPlist) {
    const headerHash = createHash('sha256')
      .update(asar.getRawHeader(join(layout.resources, 'app.asar')).headerString)
      .digest('hex');
    writeFileSync(layout.infoPlist, withAsarIntegrity(readFileSync(layout.infoPlist, 'utf8'), headerHash));
  }
  const fuses = await applyFuses(layout.fuseTarget, platform);
  return { target, fuses };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const electron = findElectron();
  if (!electron.path) {
    console.error(`Cannot package: no Electron binary (${electron.missing}); ${ELECTRON_HINT}.`);
    process.exit(1);
  }
  packageApp({ electronExecutable: electron.path }).then(
    ({ target, fuses }) => {
      console.log(`Packaged ${relative(ROOT, target)}`);
      console.log(
        `Fuses read back: ${Object.entries(fuses)
          .map(([name, on]) => `${name}=${String(on)}`)
          .join(', ')}`,
      );
    },
    (error) => {
      console.error(`Cannot package: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
