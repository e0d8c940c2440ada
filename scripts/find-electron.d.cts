/** How to get Electron's binary, for messages. */
export declare const ELECTRON_HINT: string;
/** The Electron executable, or why there is none. */
export declare function findElectron(
  env?: Record<string, string | undefined>,
): { path: string; missing?: undefined } | { missing: string; path?: undefined };
