import type { Server } from 'node:http';
export declare const HOST: string;
export declare function contentTypeFor(fileName: string): string;
export declare function resolveRequestPath(root: string, requestPath: string): string | null;
export declare function createStaticServer(root: string): Server;
export declare function listenOnFreePort(server: Server, preferredPort: number, strict?: boolean): Promise<number>;
export declare function serveFolder(options: {
  root: string;
  port?: number;
  strict?: boolean;
  log?: (line: string) => void;
}): Promise<{ server: Server; url: string }>;
export declare function readOption(args: string[], name: string): string | undefined;
export declare function parsePort(value: string | undefined, fallback: number): number;
