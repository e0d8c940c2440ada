import { resolve } from 'node:path';
import { EXIT } from '../cli-io';
import type { CliCommand } from '../command.types';
import { issueToken, loadSecret, ROOM_NAME } from '../serve/room-tokens';
import { DEFAULT_DATA_DIR } from './serve';

export const token: CliCommand = {
  name: 'token',
  usage: 'token ROOM [--read-only] [--data DIR]',
  summary: 'print a token for one room of `serve` (edit, or read-only with --read-only)',
  help: [
    '--read-only   a token whose holder sees the room but whose changes the server refuses',
    `--data DIR    the server's data folder (its secret.key signs the token; default ./${DEFAULT_DATA_DIR})`,
  ],
  options: {
    'read-only': { type: 'boolean', default: false },
    data: { type: 'string' },
  },
  run: async (io, positionals, options) => {
    const [room, ...extra] = positionals;
    if (room === undefined || extra.length > 0 || !ROOM_NAME.test(room)) {
      io.err('mission-studio token: name one room: letters, digits, ".", "_" or "-", at most 100\n');
      return EXIT.unusable;
    }
    try {
      const secret = await loadSecret(resolve(typeof options['data'] === 'string' ? options['data'] : DEFAULT_DATA_DIR));
      io.out(`${issueToken(secret, room, options['read-only'] === true ? 'read' : 'edit')}\n`);
      return EXIT.ok;
    } catch (error) {
      io.err(`mission-studio token: ${(error as Error).message}\n`);
      return EXIT.unusable;
    }
  },
};
