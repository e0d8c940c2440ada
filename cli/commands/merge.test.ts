import { describe, expect, it } from 'vitest';
import { loadMission } from '@mission-studio/core/format';
import type { Mission } from '@mission-studio/core/format';
import { serializeMission } from '@mission-studio/core/format';
import { clone, smallMission } from '@mission-studio/core/test-support';
import { fakeIo } from '../fake-io';
import { main } from '../main';

function files(edit: (ours: Mission, theirs: Mission) => void): Record<string, string> {
  const base = smallMission();
  const ours = clone(base);
  const theirs = clone(base);
  edit(ours, theirs);
  return { 'base.json': serializeMission(base), 'ours.json': serializeMission(ours), 'theirs.json': serializeMission(theirs) };
}

const title = (m: Mission, id: string, text: string) => void (m.nodes.find((n) => n.id === id)!.title = text);

describe('mission-studio merge', () => {
  it('exits 0 and writes the clean merge to -o', async () => {
    const io = fakeIo(files((o, t) => (title(o, 'win', 'Victory'), title(t, 'lose', 'Defeat'))));
    expect(await main(['merge', 'base.json', 'ours.json', 'theirs.json', '-o', 'out.json'], io)).toBe(0);
    const merged = loadMission(io.files['out.json']!).mission!;
    expect(merged.nodes.filter((n) => n.id === 'win' || n.id === 'lose').map((n) => n.title)).toEqual(['Victory', 'Defeat']);
    expect(io.stderr).toBe('');
  });

  it('exits 1 with the conflicts written and each named on stderr with its line', async () => {
    const io = fakeIo(files((o, t) => (title(o, 'win', 'Mine'), title(t, 'win', 'Theirs'))));
    expect(await main(['merge', 'base.json', 'ours.json', 'theirs.json'], io)).toBe(1);
    const loaded = loadMission(io.stdout);
    expect(loaded.mission?.conflicts).toEqual([{ path: '/nodes/win/title', base: 'win', ours: 'Mine', theirs: 'Theirs' }]);
    expect(io.stderr).toMatch(
      /^<stdout>:\d+:\d+ error merge-conflict merge conflict in 'title' of node 'win': mine "Mine", theirs "Theirs"\n/,
    );
    expect(io.stderr).toContain('1 conflict written to <stdout>');
  });

  it('exits 2 and writes nothing when an input is not a mission', async () => {
    const io = fakeIo({ ...files(() => {}), 'theirs.json': '{ "format": "mission-studio/1", ' });
    expect(await main(['merge', 'base.json', 'ours.json', 'theirs.json', '-o', 'ours.json'], io)).toBe(2);
    expect(io.stderr).toMatch(/^mission-studio merge: theirs\.json:1:\d+ error parse-error /);
    expect(io.files['ours.json']).toBe(files(() => {})['ours.json']);
  });

  it('exits 2 when a file is missing or the files are not three', async () => {
    const io = fakeIo(files(() => {}));
    expect(await main(['merge', 'base.json', 'ours.json', 'gone.json'], io)).toBe(2);
    expect(io.stderr).toContain('gone.json: cannot read: no such file');
    expect(await main(['merge', 'base.json', 'ours.json'], io)).toBe(2);
  });

  it("keeps our file's CRLF line endings", async () => {
    const all = files((o) => title(o, 'win', 'Victory'));
    const io = fakeIo({ ...all, 'ours.json': all['ours.json']!.replace(/\n/g, '\r\n') });
    expect(await main(['merge', 'base.json', 'ours.json', 'theirs.json', '-o', 'out.json'], io)).toBe(0);
    expect(io.files['out.json']).toBe(all['ours.json']!.replace(/\n/g, '\r\n'));
  });
});
