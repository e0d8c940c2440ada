export declare const CLI_DIR: string;
export declare const CLI_ENTRIES: Record<string, string>;
export declare const CLI_OUTPUTS: string[];
export declare function cliStaleReason(): string | null;
export declare function canBuildCli(): boolean;
export declare function buildCli(): Promise<void>;
export declare function buildCliIfStale(log?: (message: string) => void): Promise<boolean>;
