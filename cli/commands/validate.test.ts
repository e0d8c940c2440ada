import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMission, cellarMission, flawedMission, n } from '@mission-studio/core/engine';
import { serializeMission } from '@mission-studio/core/format';
import { clone, smallMission } from '@mission-studio/core/test-support';
import { fakeIo } from '../fake-io';
import { main } from '../main';

const good = serializeMission(smallMission());
const withError = (() => {
  const m = clone(smallMission());
  m.edges.splice(2, 1);
  return serializeMission(m);
})();
const withWarning = (() => {
  const m = clone(smallMission());
  m.variables.push({ id: 'spare', type: 'bool', initial: false });
  return serializeMission(m);
})();

describe('mission-studio validate', () => {
  it('exits 0 and prints nothing for a clean file', async () => {
    const io = fakeIo({ 'a.mission.json': good });
    // smallMission's bribe can never be afforded: the explorer would rightly say so, so these static-check
    // tests leave it out.
    expect(await main(['validate', '--no-explore', 'a.mission.json'], io)).toBe(0);
    expect(io.stdout).toBe('');
  });

  it('exits 0 when there are only warnings, and prints them as file:line:col severity code message', async () => {
    const io = fakeIo({ 'w.mission.json': withWarning });
    expect(await main(['validate', '--no-explore', 'w.mission.json'], io)).toBe(0);
    expect(io.stdout).toMatch(/^w\.mission\.json:\d+:\d+ warning unused-variable 'spare' is never used\n$/);
  });

  it('exits 1 when a file has errors', async () => {
    const io = fakeIo({ 'e.mission.json': withError });
    expect(await main(['validate', 'e.mission.json'], io)).toBe(1);
    expect(io.stdout).toContain('error dead-end');
  });

  it('exits 2 for a file that is not JSON, even beside one with errors', async () => {
    const io = fakeIo({ 'e.mission.json': withError, 'b.mission.json': '{"format": ' });
    expect(await main(['validate', 'e.mission.json', 'b.mission.json'], io)).toBe(2);
    expect(io.stdout).toMatch(/b\.mission\.json:1:12 error parse-error not valid JSON/);
  });

  it('reports the same line:col for a file saved by a Windows editor (a byte order mark, CRLF line endings)', async () => {
    const report = async (text: string) => {
      const io = fakeIo({ 'e.mission.json': text });
      expect(await main(['validate', '--no-explore', 'e.mission.json'], io)).toBe(1);
      return io.stdout;
    };
    const fromLf = await report(withError);
    expect(fromLf).toMatch(/^e\.mission\.json:\d+:\d+ error dead-end/);
    expect(await report(`\uFEFF${withError.replace(/\n/g, '\r\n')}`)).toBe(fromLf);
  });

  it('exits 2 for a file that cannot be read', async () => {
    const io = fakeIo();
    expect(await main(['validate', 'missing.json'], io)).toBe(2);
    expect(io.stdout).toContain('missing.json:1:1 error parse-error missing.json: cannot read: no such file');
  });

  it('prints one JSON object per file with --json', async () => {
    const io = fakeIo({ 'e.mission.json': withError });
    await main(['validate', '--json', 'e.mission.json'], io);
    const report = JSON.parse(io.stdout) as { file: string; diagnostics: Array<{ code: string; range: { line: number } }> };
    expect(report.file).toBe('e.mission.json');
    expect(report.diagnostics[0]).toMatchObject({ code: 'dead-end', range: { line: expect.any(Number) } });
  });

  it('exits 2 with usage for an unknown command or option', async () => {
    expect(await main(['frobnicate'], fakeIo())).toBe(2);
    const io = fakeIo();
    expect(await main(['validate', '--nope', 'x'], io)).toBe(2);
    expect(io.stderr).toContain('Usage: mission-studio');
  });

  it('adds the explorer’s findings, located in the file, when the static checks find no error', async () => {
    const io = fakeIo({ 'f.mission.json': serializeMission(flawedMission()) });
    expect(await main(['validate', 'f.mission.json'], io)).toBe(1);
    const codes = io.stdout
      .trim()
      .split('\n')
      .map((line) => line.split(' ')[2]);
    expect(new Set(codes)).toEqual(new Set(['unreachable-ending', 'never-reached-node', 'never-enabled-choice', 'soft-lock', 'trap']));
    expect(io.stdout).toMatch(/^f\.mission\.json:\d+:\d+ error soft-lock The run gets stuck at "stuck": /m);
    expect(io.stdout).not.toContain('f.mission.json:1:1 ');
  });

  it('skips the explorer with --no-explore, and on a file with static errors', async () => {
    const flawed = fakeIo({ 'f.mission.json': serializeMission(flawedMission()) });
    expect(await main(['validate', '--no-explore', 'f.mission.json'], flawed)).toBe(0);
    expect(flawed.stdout).toBe('');
    const broken = fakeIo({ 'e.mission.json': withError });
    await main(['validate', 'e.mission.json'], broken);
    expect(broken.stdout).not.toMatch(/soft-lock|trap|unreachable-ending/);
  });

  it('says in --help what --no-explore and --balance do', async () => {
    const io = fakeIo();
    await main(['validate', '--help'], io);
    expect(io.stdout).toContain('--no-explore');
    expect(io.stdout).toContain('--balance       also play each fight');
  });

  it('with --balance, plays the fights too and warns about one nobody can lose, placed on its node', async () => {
    // A raider with 1 hull and no shields: every stance wins in the first round.
    const mission = buildMission({
      nodes: [n.start('start'), n.combat('fight'), n.end('won'), n.end('lost', 'failure')],
      edges: [
        ['start', 'next', 'fight'],
        ['fight', 'victory', 'won'],
        ['fight', 'defeat', 'lost'],
      ],
      factions: ['federation'],
    });
    mission.units = mission.units.map((u) => (u.id === 'raider' ? { ...u, hull: 1, shields: 0 } : u));
    const files = { 'easy.mission.json': serializeMission(mission) };
    const plain = fakeIo(files);
    expect(await main(['validate', 'easy.mission.json'], plain)).toBe(0);
    expect(plain.stdout).not.toContain('combat-balance');
    const balanced = fakeIo(files);
    expect(await main(['validate', '--balance', 'easy.mission.json'], balanced)).toBe(0);
    expect(balanced.stdout).toMatch(/^easy\.mission\.json:\d+:\d+ warning combat-balance /m);
  });

  it('finds nothing at all in the sample missions, with every check the app runs (missions/README.md)', async () => {
    const folder = join(__dirname, '..', '..', 'missions');
    const names = readdirSync(folder).filter((name) => name.endsWith('.mission.json'));
    expect(names.length).toBeGreaterThanOrEqual(2);
    const io = fakeIo(Object.fromEntries(names.map((name) => [name, readFileSync(join(folder, name), 'utf8')])));
    expect(await main(['validate', '--balance', ...names], io)).toBe(0);
    expect(io.stdout).toBe('');
  });

  it('prints the same, in the order of the files, from worker threads as from this thread', async () => {
    const files = {
      'e.mission.json': withError,
      'f.mission.json': serializeMission(flawedMission()),
      'b.mission.json': '{"format": ',
      'w.mission.json': withWarning,
    };
    const names = ['e.mission.json', 'missing.json', 'f.mission.json', 'b.mission.json', 'w.mission.json'];
    const here = fakeIo(files);
    const pooled = fakeIo(files);
    expect(await main(['validate', '--workers', '0', ...names], here)).toBe(2);
    expect(await main(['validate', '--workers', '3', ...names], pooled)).toBe(2);
    expect(pooled.stdout).toBe(here.stdout);
    const fileOfLine = here.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(':')[0]);
    expect(fileOfLine.filter((file, i) => file !== fileOfLine[i - 1])).toEqual(names);
  });

  it('with a small --max-states, reports only the soft-lock the partial search proves, and says on stderr why', async () => {
    const io = fakeIo({ 'c.mission.json': serializeMission(cellarMission()) });
    expect(await main(['validate', '--max-states', '1000', 'c.mission.json'], io)).toBe(1);
    expect(io.stdout).toMatch(/^c\.mission\.json:\d+:\d+ error soft-lock The run gets stuck at "cellar": [^\n]*\n$/);
    expect(io.stderr).toBe(
      'note: c.mission.json: the search is partial (stopped at the cap of 1000 states): only soft-locks are reported; --max-states N and --time-budget S raise the limits\n',
    );
  });

  it('exits 2 naming the option for a --max-states or --workers that is not a whole number in range', async () => {
    for (const args of [
      ['--max-states', '0'],
      ['--workers', 'many'],
    ]) {
      const io = fakeIo({ 'a.mission.json': good });
      expect(await main(['validate', ...args, 'a.mission.json'], io)).toBe(2);
      expect(io.stderr).toMatch(new RegExp(`^mission-studio validate: ${args[0]} takes a whole number`));
    }
  });
});
