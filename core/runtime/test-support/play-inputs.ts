// Test helper: drives a runtime Run through the public API with a simulator input list, recording the engine
// events of each step, so transcripts and hashes can be compared with the editor's simulator.
import type { Input } from '../../engine/compile/inputs';
import type { PlayStep } from '../../engine/playthrough/playthrough.types';
import type { Run } from '../run';

/** Takes each input through the run's own calls (choose, resolve, fightRound, autoResolve); returns the steps. */
export function playInputs(run: Run, inputs: readonly Input[]): PlayStep[] {
  const steps: PlayStep[] = [{ input: null, events: [...run.startEvents] }];
  run.onEngineEvents((input, events) => steps.push({ input, events: [...events] }));
  for (const input of inputs) {
    switch (input.kind) {
      case 'choice':
        run.choose(input.choiceId);
        break;
      case 'hub':
        run.choose(input.optionId);
        break;
      case 'objective':
        run.resolve('done');
        break;
      case 'combat':
        run.fightRound(input.stance);
        break;
      case 'combat-auto':
        run.autoResolve();
        break;
      case 'combat-force':
        run.resolve(input.outcome);
        break;
    }
  }
  run.onEngineEvents(null);
  return steps;
}
