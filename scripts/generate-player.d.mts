export declare const outputPath: string;
export declare function inlineSafe(text: string): string;
export declare function generatePlayerSource(): Promise<string>;
export declare function writePlayerAssets(): Promise<boolean>;
