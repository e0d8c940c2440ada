import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { ELECTRON_HINT, findElectron } from '../../scripts/find-electron.cjs';
import { PROJECT_ROOT } from './missions';

const found = findElectron();

/** Why the Electron suite cannot run here, or null when it can. */
export const ELECTRON_SKIP_REASON = found.path ? null : `Electron's binary is missing (${found.missing}): ${ELECTRON_HINT}`;

/** The environment variable main reads for its data folder (main/user-data.ts). */
const USER_DATA_ENV = 'MISSION_STUDIO_USER_DATA';

/** A fresh, empty data folder (backups, recent files), so no test sees another's or the developer's own. */
export function makeUserData(): string {
  return mkdtempSync(join(tmpdir(), 'mission-studio-user-data-'));
}

/**
 * Launches the built app (out/, via package.json "main") with extra command-line arguments, in `userData`
 * (a fresh folder unless given: pass the same one to a relaunch that should find what the first run left).
 */
export async function launchApp(args: string[] = [], options: { userData?: string } = {}): Promise<ElectronApplication> {
  if (!found.path) throw new Error(ELECTRON_SKIP_REASON ?? 'Electron is missing');
  // As root (containers, CI) Chromium will not start without --no-sandbox.
  const rootFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE'),
  );
  env[USER_DATA_ENV] = options.userData ?? makeUserData();
  return electron.launch({ executablePath: found.path, args: [PROJECT_ROOT, ...args, ...rootFlags], cwd: PROJECT_ROOT, env });
}
