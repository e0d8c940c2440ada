/** Flags every Chromium launch needs on this kind of machine. */
export declare const CHROMIUM_ARGS: string[];
/** A Chromium that exists now, or undefined. */
export declare function locateChromium(env?: Record<string, string | undefined>, exists?: (path: string) => boolean): string | undefined;
/** A Chromium, installing one when there is none; undefined means Playwright's bundled one. */
export declare function findOrInstallChromium(options?: {
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
  exists?: (path: string) => boolean;
  run?: (command: string, args: string[], extraEnv?: Record<string, string>) => void;
  isRoot?: boolean;
}): string | undefined;
