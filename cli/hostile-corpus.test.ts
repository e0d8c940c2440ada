import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeHostileMissions } from '@mission-studio/core/test-support';

// The hostile corpus (issue 14, docs/security.md): every command on every fixture, in a child process with a
// memory cap and a time limit, so the next unbounded path fails here and not on a user's machine. The limits
// are generous (a busy CI machine runs these several times slower than the figures in docs/security.md) but
// finite: a hang or an out-of-memory crash fails the test.
const bin = join(__dirname, 'bin', 'mission-studio.js');
const fixtures = join(__dirname, '..', 'core', 'test-support', 'hostile');
const dir = mkdtempSync(join(tmpdir(), 'mission-studio-corpus-'));
for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.mission.json'))) copyFileSync(join(fixtures, name), join(dir, name));
for (const { name, mission } of largeHostileMissions)
  writeFileSync(join(dir, `${name}.mission.json`), `${JSON.stringify(mission(), null, 2)}\n`);

const MEMORY_MB = 1024;
const TIME_LIMIT_MS = 120_000;

interface Outcome {
  code: number | null;
  output: string;
  stderr: string;
}

const run = (args: string[]): Promise<Outcome> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      [`--max-old-space-size=${MEMORY_MB}`, bin, ...args],
      { cwd: dir, timeout: TIME_LIMIT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, output: `${stdout}${stderr}`, stderr });
      },
    );
  });

const COMMANDS: Record<string, string[]> = {
  validate: ['validate'],
  explore: ['explore'],
  simulate: ['simulate', '--choices', 'first'],
  balance: ['balance', '--runs', '200', '--workers', '0'],
};

type Expected = [exit: number, clear: RegExp];
const UNUSABLE_FIGHT: Expected = [2, /can have at most 8 enemy groups \(enemies\)/];
/** Per fixture and command: the exit code and the clear message it must print. */
const EXPECTED: Record<string, Record<keyof typeof COMMANDS, Expected>> = {
  'string-doubling-loop': {
    validate: [1, /error no-ending no ending can be reached from 'start': its flow loops forever/],
    explore: [1, /done +success +UNREACHABLE/],
    simulate: [1, /strings are limited to 20000/],
    balance: [1, /STOPPED at double-b: .*strings are limited to 20000/],
  },
  'string-doubling-hub': {
    validate: [1, /error soft-lock .*strings are limited to 20000/],
    explore: [1, /double: .*strings are limited to 20000/],
    simulate: [1, /ERROR at double: .*strings are limited to 20000/],
    balance: [0, /Random playthroughs: 200/],
  },
  'number-overflow': {
    validate: [1, /error soft-lock .*overflows to Infinity, which does not fit number variable "power"/],
    explore: [1, /overflows to Infinity/],
    simulate: [1, /ERROR at square: .*overflows to Infinity/],
    balance: [0, /Random playthroughs: 200/],
  },
  'terminal-escapes': {
    validate: [0, /^$/],
    explore: [0, /Endings: 1, all reachable/],
    simulate: [0, /Clear \\u001b\[2J\\u001b\[H screen, clipboard \\u001b\]52;c;ZWNobyBwd25lZA==\\u0007 write, carriage\\u000dreturn/],
    balance: [0, /Random playthroughs: 200/],
  },
  'long-unbroken-line': {
    validate: [0, /^$/],
    explore: [0, /Endings: 1, all reachable/],
    simulate: [0, /THE END \(success, done\)/],
    balance: [0, /Random playthroughs: 200/],
  },
  'long-chain': {
    validate: [0, /^$/],
    explore: [0, /\(complete\)[\s\S]*exit +success +reachable/],
    simulate: [0, /THE END \(success, exit\)/],
    balance: [0, /exit +success +100\.0%/],
  },
  'once-hub-64': {
    // Proven, not cut short: its 64 one-time options are detours, whose orders the explorer does not enumerate.
    validate: [0, /^$/],
    explore: [0, /: 2 states, 1 transitions in .* \(complete\)[\s\S]*leave +success +reachable/],
    simulate: [0, /THE END \(success, leave\)/],
    balance: [0, /Random playthroughs: 200/],
  },
  'combat-100k-groups': { validate: UNUSABLE_FIGHT, explore: UNUSABLE_FIGHT, simulate: UNUSABLE_FIGHT, balance: UNUSABLE_FIGHT },
  'combat-5k-groups': { validate: UNUSABLE_FIGHT, explore: UNUSABLE_FIGHT, simulate: UNUSABLE_FIGHT, balance: UNUSABLE_FIGHT },
  'combat-largest-allowed': {
    validate: [0, /^$/],
    explore: [0, /Endings: 2, all reachable/],
    simulate: [0, /victory after 100 rounds/],
    balance: [0, /10 fights per policy/],
  },
};

describe('every command on the hostile corpus', () => {
  it('has an expectation for every fixture', () => {
    const names = readdirSync(dir).map((f) => f.replace('.mission.json', ''));
    expect(names.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [fixture, byCommand] of Object.entries(EXPECTED)) {
    for (const [command, [exit, clear]] of Object.entries(byCommand)) {
      it(
        `${command} on ${fixture} exits ${exit} with a clear message, within ${MEMORY_MB} MB and ${TIME_LIMIT_MS / 1000} s`,
        { timeout: TIME_LIMIT_MS + 30_000 },
        async () => {
          const result = await run([...(COMMANDS[command] as string[]), `${fixture}.mission.json`]);
          expect(result.output).not.toMatch(/internal error|heap out of memory|\n\s+at .+:\d+:\d+/);
          expect(result.code).toBe(exit);
          expect(exit === 0 && command === 'validate' ? result.output.trim() : result.output).toMatch(clear);
        },
      );
    }
  }
});
