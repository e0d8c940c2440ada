import { isAbsolute, join, resolve } from 'node:path';

/** Environment variable that points the app's data folder elsewhere (tests give each run its own). */
export const USER_DATA_ENV = 'MISSION_STUDIO_USER_DATA';

/** The data folder named by the environment, as an absolute path, or null to keep Electron's default. */
export function userDataOverride(env: Record<string, string | undefined>, cwd: string): string | null {
  const value = env[USER_DATA_ENV];
  if (!value || value.includes('\0')) return null;
  return isAbsolute(value) ? value : resolve(cwd, value);
}

/** Where the app keeps its own files inside the data folder. */
export function appDataPaths(userData: string): { backups: string; recentFiles: string } {
  return { backups: join(userData, 'backups'), recentFiles: join(userData, 'recent-files.json') };
}
