import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { ELECTRON_HINT, findElectron } from '../../scripts/find-electron.cjs';
import { PROJECT_ROOT } from './missions';

const found = findElectron();

/** Why the Electron suite cannot run here, or null when it can. */
export const ELECTRON_SKIP_REASON = found.path ? null : `Electron's binary is missing (${found.missing}): ${ELECTRON_HINT}`;

/** Launches the built app (out/, via package.json "main") with extra command-line arguments. */
export async function launchApp(args: string[] = []): Promise<ElectronApplication> {
  if (!found.path) throw new Error(ELECTRON_SKIP_REASON ?? 'Electron is missing');
  // As root (containers, CI) Chromium will not start without --no-sandbox.
  const rootFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
    ),
  );
  return electron.launch({ executablePath: found.path, args: [PROJECT_ROOT, ...args, ...rootFlags], cwd: PROJECT_ROOT, env });
}
