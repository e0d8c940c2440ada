import tutorialText from '../../missions/tutorial.mission.json?raw';
import type { CommandContext } from '../commands/command.types';
import { confirmLeave, type Ask } from './save-flow';

/** The bundled tutorial's file name, as it opens (untitled to the host: Save asks where to put a copy). */
const TUTORIAL_NAME = 'tutorial.mission.json';

/** Help > Open Tutorial: the bundled tutorial mission (every node type once), after asking about unsaved work. */
export async function openTutorial(ctx: CommandContext, ask: Ask): Promise<void> {
  if (!(await confirmLeave(ctx, ask))) return;
  ctx.store.getState().openText({ name: TUTORIAL_NAME }, tutorialText);
}
