import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMission } from '@mission-studio/core/format';
import type { Mission } from '@mission-studio/core/format';
import { serializeMission } from '@mission-studio/core/format';

// Real git, the real command: a repository with two branches editing Second Wave, merged through the driver
// configured as the README says (with `node <bin>` in place of `npx mission-studio`, which needs an install).
const bin = join(__dirname, 'bin', 'mission-studio.js');
const secondWave = join(__dirname, '..', 'missions', 'second-wave.mission.json');
const FILE = 'missions/second-wave.mission.json';

async function git(repo: string, ...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
      cwd: repo,
      timeout: 90_000,
    });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

const read = (repo: string): Mission => JSON.parse(readFileSync(join(repo, FILE), 'utf8')) as Mission;
const write = (repo: string, m: Mission) => writeFileSync(join(repo, FILE), serializeMission(m));
const node = (m: Mission, id: string) => m.nodes.find((n) => n.id === id)!;

/** A repository on `main` with Second Wave committed and the driver configured; returns its path. */
async function repository(): Promise<string> {
  const repo = mkdtempSync(join(tmpdir(), 'mission-studio-git-'));
  await git(repo, 'init', '-q', '-b', 'main');
  await promisify(execFile)('mkdir', ['-p', join(repo, 'missions')]);
  copyFileSync(secondWave, join(repo, FILE));
  writeFileSync(join(repo, '.gitattributes'), '*.mission.json merge=mission-studio\n');
  await git(repo, 'config', 'merge.mission-studio.name', 'Mission Studio three-way merge');
  await git(repo, 'config', 'merge.mission-studio.driver', `"${process.execPath}" "${bin}" merge %O %A %B -o %A`);
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '-m', 'Second Wave');
  return repo;
}

/** Commits `edit` on a new branch `name` from main, then goes back to main. */
async function branch(repo: string, name: string, edit: (m: Mission) => void): Promise<void> {
  await git(repo, 'checkout', '-q', '-b', name, 'main');
  const m = read(repo);
  edit(m);
  write(repo, m);
  await git(repo, 'commit', '-q', '-am', name);
  await git(repo, 'checkout', '-q', 'main');
}

describe('mission-studio merge as a git merge driver', () => {
  beforeAll(async () => {
    // Build the bundled command once, before git runs it (the bin rebuilds a stale bundle, but not in parallel).
    await promisify(execFile)(process.execPath, [bin, '--help'], { timeout: 120_000 });
  }, 150_000);

  // Each branch also adds a node at the end, and one edits a node's title where the other moves it: lines next to
  // each other in the text, which git's own text merge reports as conflicts.
  it('merges two branches that edit different parts of one node and different nodes, with no conflict', async () => {
    const repo = await repository();
    const ending = (id: string, text: string): Mission['nodes'][number] => ({
      id,
      type: 'end',
      title: text,
      position: { x: 0, y: 0 },
      data: { outcome: 'success', text },
    });
    await branch(repo, 'writer', (m) => {
      m.nodes.push(ending('writer-ending', 'The writer adds an ending.'));
      node(m, 'arrive-ds9').title = 'Arrival at Deep Space Nine';
      const choice = node(m, 'surah-greeting');
      if (choice.type === 'dialog') choice.data.choices[0]!.text = 'Greet her in her own tongue.';
    });
    await branch(repo, 'designer', (m) => {
      m.nodes.push(ending('designer-ending', 'The designer adds one too.'));
      node(m, 'arrive-ds9').position = { x: 1234, y: 567 };
      m.nodes = m.nodes.filter((n) => n.id !== 'staass-respect');
      m.edges = m.edges.filter((e) => e.source !== 'staass-respect' && e.target !== 'staass-respect');
    });
    await git(repo, 'checkout', '-q', 'writer');
    const merged = await git(repo, 'merge', '--no-edit', 'designer');
    expect(merged.code).toBe(0);
    const m = read(repo);
    expect(node(m, 'arrive-ds9')).toMatchObject({ title: 'Arrival at Deep Space Nine', position: { x: 1234, y: 567 } });
    const greeting = node(m, 'surah-greeting');
    expect(greeting.type === 'dialog' && greeting.data.choices[0]!.text).toBe('Greet her in her own tongue.');
    expect(m.nodes.some((n) => n.id === 'staass-respect')).toBe(false);
    expect(m.nodes.slice(-2).map((n) => n.id)).toEqual(['writer-ending', 'designer-ending']);
    expect(m.conflicts).toBeUndefined();
    expect((await git(repo, 'status', '--porcelain')).stdout).toBe('');
  });

  it('leaves a file that loads, with the conflict recorded, when both branches retitle one node', async () => {
    const repo = await repository();
    await branch(repo, 'writer', (m) => void (node(m, 'arrive-ds9').title = 'Docking at DS9'));
    await branch(repo, 'lead', (m) => void (node(m, 'arrive-ds9').title = 'The station'));
    await git(repo, 'checkout', '-q', 'writer');
    const merged = await git(repo, 'merge', '--no-edit', 'lead');
    expect(merged.code).not.toBe(0);
    expect(merged.stdout).toContain(`CONFLICT (content): Merge conflict in ${FILE}`);
    const loaded = loadMission(readFileSync(join(repo, FILE), 'utf8'));
    expect(loaded.mission).not.toBeNull();
    const before = node(JSON.parse(readFileSync(secondWave, 'utf8')) as Mission, 'arrive-ds9').title;
    expect(loaded.mission!.conflicts).toEqual([
      { path: '/nodes/arrive-ds9/title', base: before, ours: 'Docking at DS9', theirs: 'The station' },
    ]);
    expect(node(loaded.mission!, 'arrive-ds9').title).toBe('Docking at DS9');
    expect(loaded.diagnostics.filter((d) => d.code === 'merge-conflict').map((d) => d.nodeId)).toEqual(['arrive-ds9']);
  });
});
