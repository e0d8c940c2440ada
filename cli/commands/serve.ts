import { resolve } from 'node:path';
import { EXIT } from '../cli-io';
import type { CliCommand, OptionValues } from '../command.types';
import { integerOption } from '../option-values';

/** Where rooms live when `--data` is not given, relative to the working directory. */
export const DEFAULT_DATA_DIR = 'mission-rooms';
const DEFAULT_PORT = 1234;

function redisOption(options: OptionValues): { ok: true; value?: { host: string; port: number } } | { ok: false; message: string } {
  const raw = options['redis'];
  if (typeof raw !== 'string') return { ok: true };
  const match = /^([^:\s]+)(?::(\d{1,5}))?$/.exec(raw);
  const port = Number(match?.[2] ?? 6379);
  if (!match?.[1] || port < 1 || port > 65535) return { ok: false, message: `--redis takes HOST or HOST:PORT, not '${raw}'` };
  return { ok: true, value: { host: match[1], port } };
}

// Resolves when the process is asked to stop; the rooms are stored before it returns.
const stopSignal = (): Promise<string> =>
  new Promise((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done(signal));
  });

export const serve: CliCommand = {
  name: 'serve',
  usage: 'serve [--port N] [--data DIR] [--redis HOST:PORT]',
  summary: 'run the live co-editing server (Yjs over Hocuspocus); rooms persist in DIR',
  help: [
    `--port N            the port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`,
    `--data DIR          where rooms (rooms.sqlite) and the token secret (secret.key) live (default ./${DEFAULT_DATA_DIR})`,
    '--redis HOST:PORT   share rooms with other servers through Redis (several servers behind a load balancer)',
    'Tokens: mission-studio token ROOM [--read-only] [--data DIR]',
  ],
  options: {
    port: { type: 'string' },
    data: { type: 'string' },
    redis: { type: 'string' },
  },
  run: async (io, positionals, options) => {
    const fail = (message: string): number => {
      io.err(`mission-studio serve: ${message}\n`);
      return EXIT.unusable;
    };
    if (positionals.length > 0) return fail(`unexpected argument '${positionals[0]}'`);
    const port = integerOption(options, 'port', DEFAULT_PORT, { min: 0, max: 65535 });
    if (!port.ok) return fail(port.message);
    const redis = redisOption(options);
    if (!redis.ok) return fail(redis.message);
    const dataDir = resolve(typeof options['data'] === 'string' ? options['data'] : DEFAULT_DATA_DIR);
    let server;
    try {
      // Loaded here, not at the top: every other command starts without Hocuspocus, Yjs and SQLite's WASM.
      const { startCollabServer } = await import('../serve/collab-server');
      server = await startCollabServer({ port: port.value, dataDir, redis: redis.value, log: (line) => io.err(`${line}\n`) });
    } catch (error) {
      return fail((error as Error).message);
    }
    io.out(`Mission Studio co-editing server listening on ws://localhost:${server.port}\n`);
    io.out(`Rooms are stored in ${dataDir}${redis.value ? `, shared through Redis at ${redis.value.host}:${redis.value.port}` : ''}\n`);
    io.out('Make a token for a room: mission-studio token ROOM [--read-only] --data DIR\n');
    const signal = await stopSignal();
    io.err(`${signal}: storing the rooms and stopping\n`);
    await server.stop();
    return EXIT.ok;
  },
};
