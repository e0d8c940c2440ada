export declare const FORBIDDEN_PACKAGES: string[];
export declare const FORBIDDEN_SCOPES: string[];
export declare const NODE_BUILTINS: string[];
export declare const FORBIDDEN_GLOBALS: string[];
export declare const CORE_TEST_GLOBS: string[];
/** Why core/ may not import `specifier`, or null when it may. */
export declare function forbiddenImportReason(specifier: string): string | null;
