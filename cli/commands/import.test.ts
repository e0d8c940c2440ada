import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMission } from '@mission-studio/core/format';
import { fakeIo } from '../fake-io';
import { main } from '../main';

const fixture = (name: string) => readFileSync(`core/interop/twine/fixtures/${name}`, 'utf8');

describe('mission-studio import', () => {
  it('writes a mission beside a published Twine story and exits 0', async () => {
    const io = fakeIo({ 'story.html': fixture('harlowe-twine-example.html') });
    expect(await main(['import', 'story.html'], io)).toBe(0);
    const { mission } = loadMission(io.files['story.mission.json'] as string);
    expect(mission?.nodes.map((n) => n.title)).toContain('A fifth passage');
    expect(io.stderr).toMatch(/^wrote story\.mission\.json: "twineExample", 6 nodes and 7 edges/);
  });

  it('prints the import notes at lines of the Twine file and the mission problems like validate, still exit 0', async () => {
    const io = fakeIo({ 'broken.twee': ':: StoryData\n{oops\n\n:: Start\nGo [[on->Nowhere]] (set: $x to 1)\n' });
    expect(await main(['import', 'broken.twee', '-o', 'out.mission.json'], io)).toBe(0);
    expect(io.stdout).toContain('broken.twee:1:1 warning twine-metadata ');
    expect(io.stdout).toContain('broken.twee:5:1 info twine-macro ');
    expect(io.stdout).toMatch(/^out\.mission\.json:\d+:\d+ error dangling-edge /m);
  });

  it('imports the story named by --story from an archive, and lists the others by default', async () => {
    const io = fakeIo({ 'lib.html': fixture('archive-harlowe-and-sugarcube.html') });
    expect(await main(['import', 'lib.html', '--story', 'Untitled Story', '-o', '-'], io)).toBe(0);
    expect(loadMission(io.stdout).mission?.meta.title).toBe('Untitled Story');
    const first = fakeIo({ 'lib.html': fixture('archive-harlowe-and-sugarcube.html') });
    expect(await main(['import', 'lib.html'], first)).toBe(0);
    expect(first.stdout).toContain('twine-other-stories');
  });

  it('exits 2 with one line naming the file and line for what is not a Twine story', async () => {
    const io = fakeIo({ 'page.html': '<html><body>Hello</body></html>', 'junk.bin': 'PK\u0003\u0004\n\u0000\u0000' });
    expect(await main(['import', 'page.html'], io)).toBe(2);
    expect(await main(['import', 'junk.bin'], io)).toBe(2);
    expect(await main(['import', 'missing.twee'], io)).toBe(2);
    const lines = io.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^mission-studio import: page\.html:1: not a Twine story/);
    expect(lines[1]).toMatch(/^mission-studio import: junk\.bin:2: not a Twine story: the file holds binary data/);
    expect(io.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });
});
