import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMission } from '@mission-studio/core/format';
import type { Mission } from '@mission-studio/core/format';
import { issueToken, loadSecret } from './room-tokens';
import { converged, joinRoom, startServer, until, type CollabClient, type ServerProcess } from './testing/collab-client';

// Several servers behind one load balancer share rooms through Hocuspocus's Redis extension. This runs only
// where Debian's redis-server is installed (`apt-get install redis-server`); elsewhere it is skipped, and says so.
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const cleanup: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

describe.skipIf(!hasRedis)('two servers sharing rooms through Redis (needs redis-server)', () => {
  it('gives a client on each server one identical mission', async () => {
    const redisPort = await freePort();
    const redis = spawn('redis-server', ['--port', String(redisPort), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    cleanup.push(() => void redis.kill('SIGTERM'));
    // Each server has its own data folder (rooms.sqlite is one process's file) holding the same secret.key, so a
    // token works on either, as it must behind a load balancer.
    const first = mkdtempSync(join(tmpdir(), 'mission-studio-redis-'));
    const secret = await loadSecret(first);
    const second = mkdtempSync(join(tmpdir(), 'mission-studio-redis-'));
    copyFileSync(join(first, 'secret.key'), join(second, 'secret.key'));
    const servers: ServerProcess[] = [];
    for (const data of [first, second]) {
      const server = await startServer(data, 0, ['--redis', `127.0.0.1:${redisPort}`]);
      servers.push(server);
      cleanup.push(() => server.stop());
    }
    const mission = loadMission(readFileSync(join(__dirname, '..', '..', 'missions', 'second-wave.mission.json'), 'utf8'))
      .mission as Mission;
    const token = issueToken(secret, 'shared', 'edit');
    const a = await joinRoom((servers[0] as ServerProcess).url, 'shared', token, mission);
    // b brings no mission of its own: its server may not have heard from Redis yet when b syncs, and a second
    // initial write racing a's would replace a's nodes whole, edits and all (a flaky failure before this).
    const b = await joinRoom((servers[1] as ServerProcess).url, 'shared', token);
    cleanup.push(
      () => a.close(),
      () => b.close(),
    );
    await until('b to receive the mission from the other server', () => b.mission() !== null, 30_000);
    a.edit({ kind: 'update-node', id: 'andrews-briefing', title: 'Through Redis' });
    b.edit({ kind: 'move-nodes', moves: [{ id: 'arrive-ds9', position: { x: 5, y: 6 } }] });
    await converged([a, b] as CollabClient[], 30_000);
    expect(b.mission()?.nodes.find((n) => n.id === 'andrews-briefing')?.title).toBe('Through Redis');
    expect(a.mission()?.nodes.find((n) => n.id === 'arrive-ds9')?.position).toEqual({ x: 5, y: 6 });
  });
});
