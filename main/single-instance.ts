import { app } from 'electron';

/**
 * Makes this the only running instance. Returns false when another instance already runs: this one should
 * quit, and the running one receives its command line through `onSecondInstance`.
 */
export function claimSingleInstance(onSecondInstance: (argv: string[], workingDirectory: string) => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) => onSecondInstance(argv, workingDirectory));
  return true;
}
