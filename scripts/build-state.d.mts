export declare const PROJECT_ROOT: string;
/** Why out/ needs building, or null when it is fresh. */
export declare function staleReason(root?: string): string | null;
export declare function runBuild(root?: string): void;
export declare function buildIfStale(root?: string, log?: (line: string) => void): boolean;
