import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cellarMission, flawedMission } from '@mission-studio/core/engine';
import { loadMission } from '@mission-studio/core/format';
import type { Mission } from '@mission-studio/core/format';
import { serializeMission } from '@mission-studio/core/format';
import type { Diagnostic } from '@mission-studio/core/validate';
import { generateMission } from '@mission-studio/core/test-support';
import { smallMission } from '@mission-studio/core/test-support';
import { runPlayCheck } from './run-play-check';

describe('runPlayCheck', () => {
  it('finds nothing wrong with Second Wave, and says every ending is reachable', () => {
    const text = readFileSync(join(__dirname, '../../missions/second-wave.mission.json'), 'utf8');
    const mission = JSON.parse(text) as Mission;
    const { diagnostics, summary } = runPlayCheck(mission, text);
    expect(diagnostics).toEqual([]);
    const endings = mission.nodes.filter((n) => n.type === 'end').length;
    expect(summary).toMatchObject({
      complete: true,
      endings,
      reachableEndings: endings,
      fights: mission.nodes.filter((n) => n.type === 'combat').length,
    });
    expect(summary.states).toBeGreaterThan(1000);
  });

  it('reports an ending no play-through reaches and a choice never on offer, placed on their lines of the file', () => {
    // The bribe needs 10 credits; the player starts with 5 and only spends: the winning ending is out of reach.
    const mission = smallMission();
    const text = serializeMission(mission);
    const { diagnostics, summary } = runPlayCheck(mission, text);
    const codes = diagnostics.map((d) => `${d.code}:${d.nodeId ?? ''}`);
    expect(codes).toContain('unreachable-ending:win');
    expect(codes).toContain('never-enabled-choice:talk');
    expect(summary.reachableEndings).toBe(summary.endings - 1);
    const win = diagnostics.find((d) => d.code === 'unreachable-ending');
    // The range covers the node's object in the file, whose id line is inside it.
    const idAt = text.indexOf('"id": "win"');
    const range = win?.range;
    expect(range).toBeDefined();
    expect(range?.offset).toBeLessThanOrEqual(idAt);
    expect((range?.offset ?? 0) + (range?.length ?? 0)).toBeGreaterThan(idAt);
  });

  it('reports progress while it searches, then the fights', () => {
    const seen: string[] = [];
    const mission = smallMission();
    runPlayCheck(mission, serializeMission(mission), { onProgress: ({ phase }) => seen.push(phase) });
    expect(seen.at(-1)).toBe('balance');
  });
});

describe('runPlayCheck on a mission too big to search to the end', () => {
  it('says the answer is partial and lists none of the unproven "never reached" findings', () => {
    const mission = generateMission({ nodes: 300 });
    const { diagnostics, summary } = runPlayCheck(mission, serializeMission(mission), { maxStates: 20_000 });
    expect(summary).toMatchObject({ complete: false, states: 20_000, incompleteReason: 'stopped at the cap of 20000 states' });
    expect(
      diagnostics.filter((d) => d.code === 'never-reached-node' || d.code === 'unreachable-ending' || d.code === 'never-enabled-choice'),
    ).toEqual([]);
  });
});

/** `mission-studio validate --balance --json` in a child process (the bundled CLI and its worker pool): findings per file. */
async function cliFindings(files: string[], ...options: string[]): Promise<Record<string, Diagnostic[]>> {
  const bin = join(__dirname, '../../cli/bin/mission-studio.js');
  const stdout = await promisify(execFile)(process.execPath, [bin, 'validate', '--balance', '--json', ...options, ...files], {
    timeout: 60_000,
  }).then(
    (r) => r.stdout,
    (e: { stdout: string }) => e.stdout,
  );
  const lines = stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { file: string; diagnostics: Diagnostic[] });
  return Object.fromEntries(lines.map((l) => [l.file, l.diagnostics]));
}

/** What the app shows for a file: the validator's findings (the loader's), then the play check's, as the store merges them. */
function appFindings(file: string, maxStates?: number): Diagnostic[] {
  const text = readFileSync(file, 'utf8');
  const { mission, diagnostics } = loadMission(text);
  if (!mission) throw new Error(`${file} does not load`);
  return [...diagnostics, ...runPlayCheck(mission, text, maxStates === undefined ? {} : { maxStates }).diagnostics];
}

describe('runPlayCheck and `mission-studio validate --balance`', () => {
  it('report identical findings for both sample missions, and for one with a soft-lock, a trap and closed ways', async () => {
    const flawed = join(mkdtempSync(join(tmpdir(), 'mission-studio-flawed-')), 'flawed.mission.json');
    writeFileSync(flawed, serializeMission(flawedMission()));
    const files = [...['second-wave', 'tutorial'].map((name) => join(__dirname, `../../missions/${name}.mission.json`)), flawed];
    const cli = cliFindings(files); // runs beside the in-process checks
    const app = files.map((file) => appFindings(file));
    expect(app[2]?.map((d) => d.code)).toEqual(expect.arrayContaining(['soft-lock', 'trap', 'unreachable-ending', 'never-enabled-choice']));
    const printed = await cli;
    files.forEach((file, i) => expect(printed[file], file).toEqual(app[i]));
  });

  it('report identical findings, the one soft-lock the partial search proves, for a mission past the state cap', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mission-studio-cap-')), 'cellar.mission.json');
    writeFileSync(file, serializeMission(cellarMission()));
    const app = appFindings(file, 1000);
    expect(app.map((d) => d.code)).toEqual(['soft-lock']);
    expect((await cliFindings([file], '--max-states', '1000'))[file]).toEqual(app);
  });
});
