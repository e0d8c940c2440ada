// `npm start`: build if out/ is stale, then run the desktop app. Without Electron's binary (or with --web),
// serve the same built renderer on a local URL instead; it runs in any browser with the browser host.
// Run: npm start [-- --web] [-- --port N] [-- path/to/file.mission.json]
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildIfStale, PROJECT_ROOT } from './build-state.mjs';
import { ELECTRON_HINT, findElectron } from './find-electron.cjs';
import { parsePort, readOption, serveFolder } from './serve-static.mjs';

const args = process.argv.slice(2);

try {
  const port = parsePort(readOption(args, 'port'), 5173);
  buildIfStale();
  const electron = args.includes('--web') ? null : findElectron();
  if (electron?.path) {
    launchElectron(electron.path, fileArguments(args));
  } else {
    if (electron) console.log(`Electron's binary is missing (${electron.missing}): ${ELECTRON_HINT}; serving the web build instead.`);
    const { url } = await serveFolder({ root: join(PROJECT_ROOT, 'out/renderer'), port, log: () => undefined });
    console.log(`Mission Studio (web build) at ${url}   (Ctrl+C to stop)`);
  }
} catch (error) {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

/** The file paths among our arguments, made absolute against the folder `npm start` was typed in. */
function fileArguments(list) {
  const portValue = readOption(list, 'port');
  const callerDir = process.env.INIT_CWD ?? process.cwd();
  return list.filter((arg) => !arg.startsWith('-') && arg !== portValue).map((arg) => resolve(callerDir, arg));
}

function launchElectron(executable, files) {
  // As root (containers, CI) Chromium will not start without --no-sandbox. That switches off the OS-level
  // process sandbox, so it is added only there.
  const rootFlags = typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : [];
  // ELECTRON_RUN_AS_NODE left in the environment would make Electron a plain Node and ignore the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [PROJECT_ROOT, ...files, ...rootFlags], { stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
