import tutorialText from '../../missions/tutorial.mission.json?raw';
import type { CommandContext } from '../commands/command.types';
import { revealNode } from '../state/reveal';
import { confirmLeave, type Ask } from './save-flow';

/** The bundled tutorial's file name, as it opens (untitled to the host: Save asks where to put a copy). */
const TUTORIAL_NAME = 'tutorial.mission.json';

/**
 * Help > Open Tutorial: the bundled tutorial mission (every node type once), after asking about unsaved work. It
 * opens on its first node, selected, so a newcomer reads where to begin in the canvas and the Inspector rather
 * than a whole mission fitted too small to read.
 */
export async function openTutorial(ctx: CommandContext, ask: Ask): Promise<void> {
  if (!(await confirmLeave(ctx, ask))) return;
  const { mission } = ctx.store.getState().openText({ name: TUTORIAL_NAME }, tutorialText);
  const first = mission?.nodes.find((node) => node.type === 'start');
  if (first) revealNode(ctx, first.id);
}
