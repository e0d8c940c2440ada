/**
 * The buttons of the Choices group. Player mode shows what the run offers (`state.available`, from the
 * engine). Analysis mode also lists the dialog choices and hub options the run does not offer, disabled, with
 * the reason: the condition and the values that make it false, or a once-option already taken.
 */
import { AUTO_RESOLVE_HELP, sameInput, STANCE_HELP, type Input, type RunState } from '@mission-studio/core/engine';
import type { Mission, MissionNode } from '@mission-studio/core/format';
import { explainCondition } from '@mission-studio/core/engine';
import { choiceStringId, continueStringId, nodeTextStringId, optionStringId } from '@mission-studio/core/strings';

/** One button: an input to take, or (analysis mode) a disabled choice with why it is not offered. */
export interface ChoiceButton {
  key: string;
  label: string;
  /** The input to take; null for a choice the run does not offer. */
  input: Input | null;
  /** Why the run does not offer it (analysis mode only). */
  reason: string | null;
  /** What kind of button, for styling: a combat stance, a playtest override, or an ordinary choice. */
  tone: 'choice' | 'objective' | 'combat' | 'force';
  /** The string id of its label (a dialog choice or hub option), to show it in another language. */
  stringId?: string;
  /** What the button does, as its tooltip (a fight's stances, auto-resolve and forced outcomes). */
  help?: string;
}

/** A fight's buttons say what they do (the stance wording is the HTML player's, from core). */
function helpOf(input: Input): string | undefined {
  if (input.kind === 'combat') return STANCE_HELP[input.stance];
  if (input.kind === 'combat-auto') return AUTO_RESOLVE_HELP;
  if (input.kind === 'combat-force') return `Playtest only: end the fight now in ${input.outcome}, without playing the rounds.`;
  return undefined;
}

/** The string id of a choice's, hub option's or objective's text, to show it in another language; none for other inputs. */
export function labelStringId(input: Input | null): string | undefined {
  if (input?.kind === 'choice') return choiceStringId(input.nodeId, input.choiceId);
  // An objective's button says the objective itself (the engine's label is its text).
  if (input?.kind === 'objective') return nodeTextStringId(input.nodeId);
  if (input?.kind === 'hub')
    return input.optionId === 'continue' ? continueStringId(input.nodeId) : optionStringId(input.nodeId, input.optionId);
  return undefined;
}

const keyOf = (input: Input): string => JSON.stringify(input);

function toneOf(input: Input): ChoiceButton['tone'] {
  if (input.kind === 'objective') return 'objective';
  if (input.kind === 'combat-force') return 'force';
  return input.kind === 'combat' || input.kind === 'combat-auto' ? 'combat' : 'choice';
}

function withStringId(button: ChoiceButton, input: Input): ChoiceButton {
  const stringId = labelStringId(input);
  return stringId === undefined ? button : { ...button, stringId };
}

function offeredButtons(state: RunState): ChoiceButton[] {
  return state.available.map((o) => {
    const help = helpOf(o.input);
    const button: ChoiceButton = { key: keyOf(o.input), label: o.label, input: o.input, reason: null, tone: toneOf(o.input) };
    return withStringId(help === undefined ? button : { ...button, help }, o.input);
  });
}

/** Every port of a dialog or hub, in file order, with the input it would be and what gates it. */
function portsOf(node: MissionNode): Array<{ input: Input; label: string; condition?: string; once?: boolean }> {
  if (node.type === 'dialog') {
    return node.data.choices.map((c) => ({
      input: { kind: 'choice', nodeId: node.id, choiceId: c.id },
      label: c.text,
      condition: c.condition,
    }));
  }
  if (node.type === 'hub') {
    return [
      ...node.data.options.map((o) => ({
        input: { kind: 'hub', nodeId: node.id, optionId: o.id } as Input,
        label: o.label,
        condition: o.condition,
        once: o.once,
      })),
      {
        input: { kind: 'hub', nodeId: node.id, optionId: 'continue' },
        label: node.data.continue.label,
        condition: node.data.continue.condition,
      },
    ];
  }
  return [];
}

/** The Choices group's buttons for the state the run is in. */
export function choiceButtons(mission: Mission, state: RunState, analysis: boolean): ChoiceButton[] {
  if (state.status !== 'awaiting-input') return [];
  const node = analysis ? mission.nodes.find((n) => n.id === state.nodeId) : undefined;
  if (!node || (node.type !== 'dialog' && node.type !== 'hub')) return offeredButtons(state);
  return portsOf(node).map((port) => {
    const offered = state.available.find((o) => sameInput(o.input, port.input));
    if (offered)
      return withStringId({ key: keyOf(port.input), label: offered.label, input: offered.input, reason: null, tone: 'choice' }, port.input);
    const used = port.once === true && port.input.kind === 'hub' && state.usedOnce.includes(`${node.id}/${port.input.optionId}`);
    const reason = used
      ? 'already taken (once)'
      : ((port.condition !== undefined ? explainCondition(port.condition, state) : null) ?? 'not offered now');
    return withStringId({ key: keyOf(port.input), label: port.label, input: null, reason, tone: 'choice' }, port.input);
  });
}
