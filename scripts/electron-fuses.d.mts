import type { FuseConfig } from '@electron/fuses';

/** The fuses the packaged app ships with, for a platform (process.platform of the package). */
export declare function fuseConfig(platform: string): FuseConfig;
/** The fuses a binary holds, by name: true (on), false (off), or the raw byte for any other state. */
export declare function readFuses(executable: string): Promise<Record<string, boolean | number>>;
/** Where the fuses a binary holds differ from a config: one line per fuse, empty when they all match. */
export declare function fuseMismatches(executable: string, config: FuseConfig): Promise<string[]>;
/** Flips the fuses of a binary for a platform, then reads them back; throws when any did not take. */
export declare function applyFuses(executable: string, platform: string): Promise<Record<string, boolean | number>>;
