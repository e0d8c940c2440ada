// Electron's fuses for the packaged app: switches compiled into the Electron binary that no command line or
// environment variable can turn back on. Applied by scripts/package-app.mjs, and read back from the binary after.
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';

/** The byte a fuse holds when it is on or off (FuseState in @electron/fuses). */
const ENABLED = 49;
const DISABLED = 48;

/**
 * The fuses the packaged app ships with, for `platform` (process.platform of the package, not of the build).
 * - RunAsNode off: `ELECTRON_RUN_AS_NODE=1 MissionStudio evil.js` would run any script with the app's rights.
 * - NODE_OPTIONS and --inspect off: no way to inject code or attach a debugger to main from outside.
 * - Cookie encryption on: the session's cookies are encrypted with the OS keychain.
 * - Only load the app from app.asar: a `resources/app` folder dropped beside it is never run instead.
 * - ASAR integrity on macOS, where the package step writes the archive's hash into Info.plist; Electron checks
 *   it on Windows only with the hash in the executable's resources (not written here) and not at all on Linux.
 * - No browser-specific V8 snapshot, no extra file: privileges (the app serves itself from app://).
 */
export function fuseConfig(platform) {
  return {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: platform === 'darwin',
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    // Re-signs the ad-hoc signature flipping invalidates (Apple silicon refuses to run an unsigned binary).
    resetAdHocDarwinSignature: platform === 'darwin',
  };
}

/** The fuses `executable` holds, by name: true (on), false (off), or the raw byte for any other state. */
export async function readFuses(executable) {
  const wire = await getCurrentFuseWire(executable);
  const fuses = {};
  for (const [key, state] of Object.entries(wire)) {
    if (key === 'version') continue;
    const name = FuseV1Options[Number(key)] ?? `fuse${key}`;
    fuses[name] = state === ENABLED ? true : state === DISABLED ? false : state;
  }
  return fuses;
}

/** Where the fuses `executable` holds differ from `config`: a list of lines, empty when they all match. */
export async function fuseMismatches(executable, config) {
  const fuses = await readFuses(executable);
  const problems = [];
  for (const [key, wanted] of Object.entries(config)) {
    const index = Number(key);
    if (!Number.isInteger(index)) continue;
    const name = FuseV1Options[index];
    if (fuses[name] !== wanted) problems.push(`${name} is ${String(fuses[name])}, should be ${String(wanted)}`);
  }
  return problems;
}

/** Flips the fuses of `executable` for `platform`, then reads them back; throws when any did not take. */
export async function applyFuses(executable, platform) {
  const config = fuseConfig(platform);
  await flipFuses(executable, config);
  const problems = await fuseMismatches(executable, config);
  if (problems.length > 0) throw new Error(`Electron's fuses did not take: ${problems.join('; ')}`);
  return readFuses(executable);
}
