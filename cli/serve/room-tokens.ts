import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Room tokens: `ROOM.ROLE.SIGNATURE`, the signature an HMAC-SHA256 of room and role under the server's secret
 * (`DIR/secret.key`, made on first use). Signed rather than listed so that the server keeps no token table: a
 * token is good for one room and one role until the secret is replaced (which revokes every token at once).
 */

/** What a token lets its holder do in its room. */
export type RoomRole = 'edit' | 'read';

/** Room names: what a URL path and a file name can carry, bounded. */
export const ROOM_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** The server's secret from `dir`, made (32 random bytes, readable by its owner only) when there is none. */
export async function loadSecret(dir: string): Promise<Buffer> {
  const file = join(dir, 'secret.key');
  try {
    const hex = (await readFile(file, 'utf8')).trim();
    if (/^[0-9a-f]{64}$/.test(hex)) return Buffer.from(hex, 'hex');
    throw new Error(`${file} is not a secret this server wrote (64 hex digits); remove it to make a new one`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dir, { recursive: true });
  const secret = randomBytes(32);
  await writeFile(file, `${secret.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(file, 0o600);
  return secret;
}

const sign = (secret: Buffer, room: string, role: RoomRole): string =>
  createHmac('sha256', secret).update(`${room}\n${role}`).digest('base64url');

/** A token for `room` with `role`. */
export function issueToken(secret: Buffer, room: string, role: RoomRole): string {
  return `${room}.${role}.${sign(secret, room, role)}`;
}

/** The role a token gives in `room`, or null when it is not a token for that room under this secret. */
export function roleOf(secret: Buffer, room: string, token: string): RoomRole | null {
  const parts = token.split('.');
  const signature = parts.pop();
  const role = parts.pop();
  if (signature === undefined || (role !== 'edit' && role !== 'read') || parts.join('.') !== room) return null;
  const expected = Buffer.from(sign(secret, room, role));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? role : null;
}
