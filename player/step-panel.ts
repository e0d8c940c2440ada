/** What the player can do at a dialog, a hub, an objective or an ending: the current step's controls. */
import type { ChoiceView, Step } from '@mission-studio/core/runtime';
import { h, uniqueId } from './dom';
import { UNTRANSLATED } from './words';

/** The mark beside a choice shown in the source language (outside the button, so its name stays its text). */
const untranslatedMark = (choice: ChoiceView) =>
  choice.fallback === true &&
  h(
    'span',
    { class: 'untranslated-mark', attrs: { title: 'This choice has no translation in this language: it is shown in the source language' } },
    UNTRANSLATED,
  );

/** A choice as a button named by its text; a closed one is disabled, its reason shown and linked as its description. */
function choiceButton(choice: ChoiceView, choose: (choice: ChoiceView) => void): HTMLElement {
  if (choice.available) {
    return h(
      'div',
      { class: 'choice' },
      h('button', { class: 'choice-button', attrs: { type: 'button' }, on: { click: () => choose(choice) } }, choice.text),
      untranslatedMark(choice),
    );
  }
  const reasonId = uniqueId('reason');
  const reason = choice.reason ? `Closed: ${choice.reason}` : 'Closed for now';
  return h(
    'div',
    { class: 'choice closed' },
    h('button', { class: 'choice-button', attrs: { type: 'button', disabled: true, 'aria-describedby': reasonId } }, choice.text),
    h('span', { class: 'reason', attrs: { id: reasonId } }, reason),
    untranslatedMark(choice),
  );
}

/** The choices of a dialog or hub. */
export function choicePanel(step: Extract<Step, { kind: 'choice' }>, choose: (choice: ChoiceView) => void): HTMLElement {
  const heading = step.node === 'hub' ? 'Where to?' : step.speaker ? `Answer ${step.speaker.name}` : 'Your answer';
  return h(
    'section',
    { class: 'panel choices', attrs: { 'aria-label': 'Your move' } },
    h('h2', {}, heading),
    h(
      'div',
      { class: 'choice-list', attrs: { role: 'group', 'aria-label': 'Choices' } },
      ...step.choices.map((c) => choiceButton(c, choose)),
    ),
  );
}

/** An objective, done with one button. */
export function objectivePanel(step: Extract<Step, { kind: 'objective' }>, done: () => void): HTMLElement {
  const { objective } = step;
  return h(
    'section',
    { class: 'panel objective', attrs: { 'aria-label': 'Objective' } },
    h('h2', {}, objective.optional ? 'Optional objective' : 'Objective'),
    h('p', { class: 'objective-text' }, objective.text),
    objective.location && h('p', { class: 'objective-place' }, `At ${objective.location.name}`),
    h('button', { class: 'primary', attrs: { type: 'button' }, on: { click: done } }, `Done: ${objective.text}`),
  );
}

/** The ending: its outcome (as data-outcome) and text, and a way back to the title screen. */
export function endingPanel(step: Extract<Step, { kind: 'end' }>, playAgain: () => void): HTMLElement {
  const status = h(
    'div',
    { class: `ending ${step.outcome}`, attrs: { role: 'status', 'data-outcome': step.outcome } },
    h('h2', {}, step.outcome === 'success' ? 'Mission complete' : 'Mission failed'),
    h('p', {}, step.text),
  );
  return h(
    'section',
    { class: 'panel', attrs: { 'aria-label': 'Ending' } },
    status,
    h('button', { class: 'primary', attrs: { type: 'button' }, on: { click: playAgain } }, 'Play again'),
  );
}

/** A run that stopped on an error (a dead end in the mission, or a call the runtime refused). */
export function errorPanel(message: string): HTMLElement {
  return h(
    'section',
    { class: 'panel', attrs: { 'aria-label': 'Error' } },
    h('div', { class: 'error', attrs: { role: 'alert' } }, h('h2', {}, 'The mission cannot go on'), h('p', {}, message)),
  );
}
