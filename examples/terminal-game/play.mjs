// A mission in the terminal: the smallest real game on mission-studio/runtime. It loads a runtime file, shows
// each step's lines, asks for a choice, and hands fights and objectives to "the game" (here: the player picks
// an outcome, or --auto lets the built-in combat stub fight). Saves and restores with S and L.
//
//   npm run example                      (exports Second Wave, then plays it here)
//   node examples/terminal-game/play.mjs FILE.runtime.json [--faction F] [--seed N] [--auto]
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createRun, loadRuntime, restoreRun } from 'mission-studio/runtime';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { faction: { type: 'string' }, seed: { type: 'string', default: '1' }, auto: { type: 'boolean', default: false } },
});
const file = loadRuntime(readFileSync(positionals[0] ?? 'second-wave.runtime.json', 'utf8'));
const text = (id) => file.strings[file.languages[0]][id] ?? id;
const faction = values.faction ?? file.mission.factions[0];
const savePath = `${file.mission.id}.save.json`;
const rl = values.auto ? null : createInterface({ input: process.stdin, output: process.stdout });
// --auto: take the first open choice, let the stub fight, finish objectives at once.
const ask = async (question, auto) => (rl ? (await rl.question(question)).trim() : auto);

console.log(`\n${text(file.mission.title)}\n${text(file.mission.summary)}\n(playing as ${faction})\n`);
let run = createRun(file, { faction, seed: Number(values.seed) });
run.on('variable', (name, value, previous) => console.log(`   [${name}: ${JSON.stringify(previous)} -> ${JSON.stringify(value)}]`));

for (let step = run.step; ; step = run.step) {
  for (const line of step.lines) console.log(line.speaker ? `${line.speaker.name}: ${line.text}` : line.text);
  if (step.kind === 'end' || step.kind === 'error') {
    console.log(step.kind === 'end' ? `\n*** ${step.outcome.toUpperCase()}: ${step.text}` : `\n*** stopped: ${step.message}`);
    break;
  }
  if (step.kind === 'choice') {
    step.choices.forEach((c, i) => console.log(`  ${i + 1}. ${c.text}${c.available ? '' : `  (closed: ${c.reason})`}`));
    const first = step.choices.findIndex((c) => c.available) + 1;
    const answer = await ask('> number, S to save, L to load: ', String(first));
    if (answer.toUpperCase() === 'S') writeFileSync(savePath, JSON.stringify(run.save()));
    else if (answer.toUpperCase() === 'L') {
      const restored = restoreRun(file, JSON.parse(readFileSync(savePath, 'utf8')));
      for (const note of restored.report.unmapped) console.log(`   (save: ${note})`);
      run = restored.run;
    } else {
      const choice = step.choices[Number(answer) - 1];
      if (choice?.available) run.choose(choice.id);
      else console.log('   (that is not one of the open choices)');
    }
  } else if (step.kind === 'objective') {
    await ask(`Objective: ${step.objective.text} [Enter when done] `, '');
    run.resolve('done');
  } else if (step.kind === 'combat') {
    const enemies = step.fight.enemies.map((e) => e.name).join(', ');
    const answer = await ask(`A fight against ${enemies}: (w)in, (l)ose, or (a)uto-resolve? `, 'a');
    const after = answer === 'w' ? run.resolve('victory') : answer === 'l' ? run.resolve('defeat') : run.autoResolve();
    if (after.nodeId !== step.nodeId) console.log(`   (the fight is over)`);
  }
}
rl?.close();
