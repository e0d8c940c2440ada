// A child process for mission-files.crash.test.ts: saves through the real atomic-write module, then either
// stops just before the rename (mode `pause`) or keeps saving two alternating texts (mode `loop`), reporting
// progress on stdout, until the test kills it with SIGKILL.
import { writeFileAtomically } from '../mission-files';

async function main(): Promise<void> {
  const [mode, target, sizeText] = process.argv.slice(2);
  if (!target || !sizeText) throw new Error('usage: crash-save-child <pause|loop> <target> <size>');
  const size = Number(sizeText);
  if (mode === 'pause') {
    await writeFileAtomically(target, 'N'.repeat(size), {
      beforeRename: async (temp) => {
        process.stdout.write(`paused ${temp}\n`);
        // Never resolves: the parent kills this process here, after the flush and before the rename.
        await new Promise<never>(() => undefined);
      },
    });
    return;
  }
  for (let round = 0; ; round++) {
    await writeFileAtomically(target, (round % 2 === 0 ? 'A' : 'B').repeat(size));
    process.stdout.write(`saved ${round}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
