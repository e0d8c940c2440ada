export declare const RUNTIME_OUTPUTS: { bundle: string; types: string };
export declare const RUNTIME_BUILD: Record<string, unknown>;
export declare const noTextParser: { name: string; setup: (build: unknown) => void };
export declare function runtimeStaleReason(): string | null;
export declare function buildRuntime(): Promise<void>;
export declare function buildRuntimeIfStale(log?: (message: string) => void): Promise<boolean>;
