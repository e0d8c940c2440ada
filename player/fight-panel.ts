/**
 * A fight the built-in combat stub plays: both sides' hull and shield bars, the goal, the stance buttons and
 * Auto-resolve, and the round log in words; once decided, its outcome and a way on.
 */
import {
  AUTO_RESOLVE_HELP,
  type CombatantView,
  type FightOutcome,
  type FightView,
  type RoundView,
  type Stance,
} from '@mission-studio/core/runtime';
import { h } from './dom';
import { roundItem } from './transcript';
import { goalWords, outcomeWords, STANCES } from './words';

/** What the panel shows: the fight as it stands, its rounds so far, and its outcome once decided. */
export interface FightPanelState {
  fight: FightView;
  rounds: readonly RoundView[];
  outcome: FightOutcome | null;
  unitName: (unit: string) => string;
}

/** What the panel's buttons do. */
export interface FightActions {
  round: (stance: Stance) => void;
  autoResolve: () => void;
  /** After the outcome: on to what the mission does next. */
  goOn: () => void;
}

function bar(name: string, kind: 'hull' | 'shields', value: number, max: number): HTMLElement {
  return h('progress', {
    class: kind,
    attrs: {
      max: Math.max(1, max),
      value: Math.max(0, value),
      'aria-label': `${name} ${kind}`,
      title: `${kind === 'hull' ? 'Hull' : 'Shields'} ${value}/${max}`,
    },
  });
}

function combatant(c: CombatantView, wave: number): HTMLElement {
  const waiting = c.side === 'enemy' && c.wave > wave;
  const state = !c.alive ? 'down' : waiting ? 'waiting' : 'up';
  const status = !c.alive
    ? 'destroyed'
    : waiting
      ? `wave ${c.wave}`
      : `${c.hull}/${c.maxHull}${c.maxShields > 0 ? ` · ${c.shields}/${c.maxShields}` : ''}`;
  return h(
    'li',
    { class: `combatant ${c.side} ${state}` },
    h('span', { class: 'combatant-name' }, c.name),
    h('span', { class: 'combatant-status' }, status),
    bar(c.name, 'hull', c.hull, c.maxHull),
    c.maxShields > 0 && bar(c.name, 'shields', c.shields, c.maxShields),
  );
}

/** The enemy wave on the field: the lowest wave with a unit standing (the last wave once all are down). */
function waveOnField(enemies: readonly CombatantView[]): number {
  const standing = enemies.filter((e) => e.alive).map((e) => e.wave);
  return standing.length > 0 ? Math.min(...standing) : Math.max(1, ...enemies.map((e) => e.wave));
}

/** The Fight region. */
export function fightPanel(state: FightPanelState, actions: FightActions): HTMLElement {
  const { fight, rounds, outcome } = state;
  const last = rounds.at(-1);
  // Controls come right after the header, so they stay in view above a long roster on a short screen.
  // After the deciding round the run has moved on: the bars are the last round's.
  const allies = last?.allies ?? fight.allies;
  const enemies = last?.enemies ?? fight.enemies;
  const wave = waveOnField(enemies);
  const played = last?.round ?? fight.round;

  const waves = Math.max(1, ...enemies.map((e) => e.wave));
  const header = h(
    'div',
    { class: 'fight-head' },
    h('h2', {}, fight.location ? `Fight: ${fight.location.name}` : 'Fight'),
    h('p', { class: 'fight-goal' }, `${goalWords(fight, state.unitName)} within ${fight.roundLimit} rounds.`),
    h(
      'p',
      { class: 'fight-progress' },
      `${played === 0 ? 'No rounds played' : `Round ${played} played`}${waves > 1 ? ` · wave ${wave} of ${waves}` : ''}`,
    ),
  );
  const sides = h(
    'div',
    { class: 'sides' },
    h(
      'section',
      { class: 'side', attrs: { 'aria-label': 'Allies' } },
      h('h3', {}, 'Allies'),
      h('ul', {}, ...allies.map((c) => combatant(c, wave))),
    ),
    h(
      'section',
      { class: 'side', attrs: { 'aria-label': 'Enemies' } },
      h('h3', {}, 'Enemies'),
      h('ul', {}, ...enemies.map((c) => combatant(c, wave))),
    ),
  );
  const controls =
    outcome === null
      ? h(
          'div',
          { class: 'fight-controls' },
          h(
            'div',
            { class: 'stances', attrs: { role: 'group', 'aria-label': 'Stance' } },
            ...STANCES.map((s) =>
              h('button', { attrs: { type: 'button', title: s.title }, on: { click: () => actions.round(s.stance) } }, s.label),
            ),
          ),
          h(
            'button',
            { class: 'primary', attrs: { type: 'button', title: AUTO_RESOLVE_HELP }, on: { click: actions.autoResolve } },
            'Auto-resolve the rest',
          ),
        )
      : h(
          'div',
          { class: `fight-controls fight-over ${outcome}` },
          h('p', { class: 'fight-outcome' }, outcomeWords(outcome, played)),
          h('button', { class: 'primary', attrs: { type: 'button' }, on: { click: actions.goOn } }, 'Continue'),
        );
  const log = h('ol', { class: 'round-log', attrs: { 'aria-label': 'Round log' } }, ...rounds.map(roundItem));
  const hint =
    rounds.length === 0 && h('p', { class: 'round-none' }, 'Pick a stance for the first round, or let the fight resolve itself.');
  const panel = h('section', { class: 'fight', attrs: { 'aria-label': 'Fight' } }, header, controls, sides, hint, log);
  queueMicrotask(() => (log.scrollTop = log.scrollHeight));
  return panel;
}
