export declare const TEST_FOLDERS: string[];
export declare const EVERY_TEST: string;
export declare const MOCKING_TESTS: string[];
export declare const REGISTRY_CHANGES: RegExp;
