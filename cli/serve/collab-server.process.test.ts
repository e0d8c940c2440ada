import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadMission } from '@mission-studio/core/format';
import type { Mission } from '@mission-studio/core/format';
import { issueToken, loadSecret } from './room-tokens';
import { converged, joinRoom, startServer, until, type CollabClient, type ServerProcess } from './testing/collab-client';

// The co-editing server run for real (`mission-studio serve` in a child process) with real clients on loopback.
const BIN = join(__dirname, '..', 'bin', 'mission-studio.js');
const secondWave = (): Mission =>
  loadMission(readFileSync(join(__dirname, '..', '..', 'missions', 'second-wave.mission.json'), 'utf8')).mission as Mission;
const data = mkdtempSync(join(tmpdir(), 'mission-studio-serve-'));
// Tokens are signed in this process with the server's secret (spawning `mission-studio token` per client costs
// seconds on a busy machine); one test makes its token with the command, as a person would.
let secret: Buffer;
const token = (room: string, readOnly = false): string => issueToken(secret, room, readOnly ? 'read' : 'edit');
const tokenFromCommand = (room: string): string =>
  execFileSync(process.execPath, [BIN, 'token', room, '--data', data], { encoding: 'utf8' }).trim();
const mission = secondWave();

let server: ServerProcess;
const clients: CollabClient[] = [];
async function enter(room: string, count: number, as = token(room)): Promise<CollabClient[]> {
  const joined: CollabClient[] = [];
  for (let i = 0; i < count; i++) joined.push(await joinRoom(server.url, room, as, mission));
  clients.push(...joined);
  return joined;
}
const node = (c: CollabClient, id: string) => c.mission()?.nodes.find((n) => n.id === id);
const lines = (c: CollabClient, id: string): string[] => (node(c, id)?.data as { lines?: string[] } | undefined)?.lines ?? [];
const typeAt = (c: CollabClient, id: string, line: number, at: number, text: string): void => {
  const old = lines(c, id)[line] ?? '';
  c.edit({ kind: 'replace-text', changes: [{ nodeId: id, path: `/data/lines/${line}`, text: old.slice(0, at) + text + old.slice(at) }] });
};

beforeAll(async () => {
  secret = await loadSecret(data);
  server = await startServer(data);
});
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});
afterAll(async () => {
  await server.stop();
});

describe('mission-studio serve', () => {
  it('gives two people editing the same node, the same line and different nodes one identical mission', async () => {
    const [a, b] = (await enter('two', 2)) as [CollabClient, CollabClient];
    await converged([a, b]);
    const first = lines(a, 'achebe-call')[0] as string;
    a.edit({ kind: 'update-node', id: 'achebe-call', title: 'Ops, first thing' });
    typeAt(b, 'achebe-call', 0, 0, 'Morning. ');
    typeAt(a, 'achebe-call', 0, first.length, ' Over.');
    a.edit({ kind: 'move-nodes', moves: [{ id: 'fed-orders', position: { x: 11, y: 22 } }] });
    b.edit({ kind: 'update-node', id: 'andrews-briefing', title: 'Briefing, revised' });
    const text = await converged([a, b]);
    expect(loadMission(text).mission).not.toBeNull();
    expect(node(a, 'achebe-call')?.title).toBe('Ops, first thing');
    expect(lines(a, 'achebe-call')[0]).toBe(`Morning. ${first} Over.`);
    expect(node(b, 'fed-orders')?.position).toEqual({ x: 11, y: 22 });
    expect(node(a, 'andrews-briefing')?.title).toBe('Briefing, revised');
  });

  it('gives five people typing at once one identical mission holding every keystroke', async () => {
    const five = await enter('five', 5);
    await converged(five);
    const start = lines(five[0] as CollabClient, 'achebe-call')[0] as string;
    for (let round = 0; round < 4; round++) {
      five.forEach((c, i) => {
        typeAt(c, 'achebe-call', 0, 0, String(i));
        c.edit({ kind: 'move-nodes', moves: [{ id: 'andrews-briefing', position: { x: i, y: round } }] });
      });
    }
    five.forEach((c, i) =>
      c.edit({
        kind: 'update-node',
        id: ['fed-orders', 'andrews-delay', 'andrews-briefing', 'achebe-call', 'arrive-ds9'][i] as string,
        title: `Title ${i}`,
      }),
    );
    const text = await converged(five);
    expect(loadMission(text).mission).not.toBeNull();
    const line = lines(five[0] as CollabClient, 'achebe-call')[0] as string;
    expect(line.endsWith(start)).toBe(true);
    expect([...line.slice(0, line.length - start.length)].sort().join('')).toBe('00001111222233334444');
  });

  it('keeps a room through a server stopped and started again', async () => {
    const [a] = (await enter('restart', 1)) as [CollabClient];
    a.edit({ kind: 'update-node', id: 'andrews-briefing', title: 'Kept across restarts' });
    await converged([a]);
    a.close();
    await server.stop('SIGTERM');
    server = await startServer(data);
    const [fresh] = (await enter('restart', 1)) as [CollabClient];
    expect(node(fresh, 'andrews-briefing')?.title).toBe('Kept across restarts');
  });

  it('loses nothing when the server is killed outright: the clients send their edits again on reconnect', async () => {
    const [a, b] = (await enter('killed', 2)) as [CollabClient, CollabClient];
    await converged([a, b]);
    const port = server.port;
    await server.stop('SIGKILL');
    a.edit({ kind: 'update-node', id: 'andrews-briefing', title: 'Written while the server was down' });
    server = await startServer(data, port);
    const text = await converged([a, b], 30_000);
    expect(node(b, 'andrews-briefing')?.title).toBe('Written while the server was down');
    for (const c of [a, b]) c.close();
    clients.splice(0);
    const [fresh] = (await enter('killed', 1)) as [CollabClient];
    await until('the room to be stored', () => fresh.text() === text);
  });

  it('merges fifty edits made offline with what the others did meanwhile', async () => {
    const [a, b] = (await enter('offline', 2)) as [CollabClient, CollabClient];
    await converged([a, b]);
    b.goOffline();
    await until('b to be offline', () => b.provider.isSynced === false);
    const word = 'Offline and still writing.';
    for (let i = 0; i < 45; i++) typeAt(b, 'arrive-ds9', 0, i % (word.length + 1), word[i % word.length] as string);
    for (let i = 0; i < 5; i++) b.edit({ kind: 'move-nodes', moves: [{ id: 'arrive-ds9', position: { x: 100 + i, y: 0 } }] });
    a.edit({ kind: 'update-node', id: 'andrews-briefing', title: 'Meanwhile, online' });
    typeAt(a, 'arrive-ds9', 0, 0, '>> ');
    b.goOnline();
    await converged([a, b], 30_000);
    expect(node(b, 'andrews-briefing')?.title).toBe('Meanwhile, online');
    expect(node(a, 'arrive-ds9')?.position).toEqual({ x: 104, y: 0 });
    // Both inserted at the start of the line: Yjs orders concurrent inserts at one place by client id (random),
    // so '>> ' may come before or after b's first letters, but always whole, and nothing typed is lost.
    expect(lines(a, 'arrive-ds9')[0]).toContain('>> ');
    expect(lines(a, 'arrive-ds9')[0]?.length).toBe((lines(b, 'arrive-ds9')[0] as string).length);
  });

  it('refuses a wrong token and a token for another room, and lets in one from `mission-studio token`', async () => {
    const [admitted] = (await enter('guarded', 1, tokenFromCommand('guarded'))) as [CollabClient];
    expect(admitted.authenticationFailed).toBeNull();
    expect(admitted.mission()?.meta.id).toBe('second-wave');
    const wrong = await joinRoom(server.url, 'guarded', 'guarded.edit.not-a-signature');
    const otherRoom = await joinRoom(server.url, 'guarded', token('another'));
    clients.push(wrong, otherRoom);
    for (const c of [wrong, otherRoom]) {
      expect(c.authenticationFailed).not.toBeNull();
      expect(c.mission()).toBeNull();
    }
  });

  it('refuses the updates of a read-only client at the server, while it still sees the room', async () => {
    const [editor] = (await enter('read-only', 1)) as [CollabClient];
    editor.edit({ kind: 'update-node', id: 'andrews-briefing', title: 'Only editors write' });
    await converged([editor]);
    const reader = await joinRoom(server.url, 'read-only', token('read-only', true));
    clients.push(reader);
    expect(node(reader, 'andrews-briefing')?.title).toBe('Only editors write');
    reader.edit({ kind: 'update-node', id: 'andrews-briefing', title: 'A reader tried' });
    await until('the server to refuse the update', () => reader.refusedUpdates > 0);
    const [fresh] = (await enter('read-only', 1)) as [CollabClient];
    expect(node(fresh, 'andrews-briefing')?.title).toBe('Only editors write');
    expect(node(editor, 'andrews-briefing')?.title).toBe('Only editors write');
  });
});
