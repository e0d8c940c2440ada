// Finds a Chromium for Playwright, installing one when there is none (Playwright cannot download its own
// browsers on machines without access to its CDN, so Debian's package comes first).
// CommonJS so both the .mjs scripts and Playwright's TypeScript config can load it.
// Run: node scripts/find-chromium.cjs [--install]   (prints the executable path, "bundled" or "none")
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');

/** Where Debian (and Ubuntu) put Chromium. */
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags every launch needs here: no sandbox as root in containers, and no calls home on a closed network. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A Chromium that exists now: PLAYWRIGHT_CHROMIUM_PATH, then the system's; undefined when there is none. */
function locateChromium(env = process.env, exists = existsSync) {
  const candidates = [env.PLAYWRIGHT_CHROMIUM_PATH, ...SYSTEM_CHROMIUMS].filter(Boolean);
  return candidates.find((path) => exists(path));
}

/**
 * Like locateChromium, but installs one when none exists: Debian's `chromium` when running as root on Debian,
 * else Playwright's own download. Returns the executable path, or undefined for "Playwright's bundled one".
 * The machine facts and the command runner can be replaced, for tests.
 */
function findOrInstallChromium({
  env = process.env,
  log = console.log,
  exists = existsSync,
  run = runCommand,
  isRoot = typeof process.getuid === 'function' && process.getuid() === 0,
} = {}) {
  const found = locateChromium(env, exists);
  if (found) return found;
  if (isRoot && exists('/etc/debian_version')) {
    log("No Chromium found: installing Debian's chromium (apt-get install -y chromium)...");
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
    const installed = locateChromium(env, exists);
    if (installed) return installed;
    throw new Error('apt-get installed chromium, but no executable appeared at /usr/bin/chromium');
  }
  log("No Chromium found: installing Playwright's (npx playwright install chromium)...");
  run('npx', ['playwright', 'install', 'chromium']);
  return undefined;
}

function runCommand(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

module.exports = { CHROMIUM_ARGS, locateChromium, findOrInstallChromium };

if (require.main === module) {
  const install = process.argv.includes('--install');
  const path = install ? findOrInstallChromium() : locateChromium();
  console.log(path ?? (install ? 'bundled' : 'none'));
}
