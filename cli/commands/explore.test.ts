import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExploreReport } from '@mission-studio/core/engine';
import { flawedMission } from '@mission-studio/core/engine';
import { serializeMission } from '@mission-studio/core/format';
import { fakeIo } from '../fake-io';
import { main } from '../main';

const secondWave = readFileSync(join(__dirname, '../../missions/second-wave.mission.json'), 'utf8');
const files = { 'sw.mission.json': secondWave, 'flawed.mission.json': serializeMission(flawedMission()) };

describe('mission-studio explore', () => {
  it('exits 0 for Second Wave, with every ending reachable and a witness for each', async () => {
    const io = fakeIo(files);
    expect(await main(['explore', 'sw.mission.json'], io)).toBe(0);
    const lines = io.stdout.split('\n');
    expect(lines[0]).toMatch(/^sw\.mission\.json: [\d,]+ states, [\d,]+ transitions in \d+ ms \(complete\)$/);
    expect(lines).toContain('Endings: 4, all reachable');
    expect(io.stdout).toMatch(/\n {4}as federation, \d+ inputs: choice andrews-briefing\/agree-rounds, /);
    for (const none of ['Never reached nodes', 'Never enabled choices', 'Soft-locks', 'Traps']) expect(lines).toContain(`${none}: none`);
  });

  it('exits 1 and lists an unreachable ending, soft-locks and traps with witnesses', async () => {
    const io = fakeIo(files);
    expect(await main(['explore', 'flawed.mission.json'], io)).toBe(1);
    expect(io.stdout).toMatch(/\n {2}vault +success +UNREACHABLE\n/);
    expect(io.stdout).toContain(
      'Soft-locks: 1\n  stuck: no input is available, with key = false (1 states)\n    as federation, 1 input: choice gate/wait\n',
    );
    expect(io.stdout).toContain('Traps: 1\n  trap (1 states)\n    as federation, 1 input: choice gate/detour\n');
    // Each with its condition and what that condition read where it was asked.
    expect(io.stdout).toContain(
      'Never enabled choices: 4\n  gate/secret (choice): "key && !key"; there, key is false\n  stuck/open (option): "key"; there, key is false\n',
    );
    expect(io.stdout).toContain('Never reached nodes: 1\n  hideout\n');
  });

  it('prints the report as JSON and says when the state cap stopped the search', async () => {
    const io = fakeIo(files);
    await main(['explore', 'sw.mission.json', '--json', '--max-states', '100'], io);
    const report = JSON.parse(io.stdout) as ExploreReport & { file: string };
    expect(report).toMatchObject({ file: 'sw.mission.json', complete: false, incompleteReason: 'stopped at the cap of 100 states' });
    const text = fakeIo(files);
    await main(['explore', 'sw.mission.json', '--max-states', '100'], text);
    expect(text.stdout.split('\n')[0]).toMatch(/\(INCOMPLETE: stopped at the cap of 100 states\)$/);
  });

  it('exits 2 with one line for an unreadable file, a file that is not a mission or a bad --max-states', async () => {
    const cases: [string[], string][] = [
      [['explore', 'nope.json'], 'mission-studio explore: nope.json: cannot read: no such file\n'],
      [['explore', 'text.json'], 'mission-studio explore: text.json:1:1 error parse-error not valid JSON'],
      [
        ['explore', 'sw.mission.json', '--max-states', '0'],
        "mission-studio explore: --max-states takes a whole number of at least 1, not '0'\n",
      ],
    ];
    for (const [argv, message] of cases) {
      const io = fakeIo({ ...files, 'text.json': 'hello' });
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr.startsWith(message)).toBe(true);
    }
  });
});
