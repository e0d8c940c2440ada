/** The title screen: the mission's title and summary, and the faction, seed and language to play with. */
import type { RuntimeFile } from '@mission-studio/core/runtime';
import { h, replaceChildren, select } from './dom';
import { factionLabel, languageName, parseSeed, textOf } from './words';

/** How a run is to start. */
export interface StartSettings {
  faction: string;
  seed: number;
  language: string;
}

/** The title screen; `start` is called with the settings when the player presses Start. */
export function titleScreen(file: RuntimeFile, preset: StartSettings, start: (settings: StartSettings) => void): HTMLElement {
  const title = h('h1', { attrs: { id: 'mission-title' } });
  const summary = h('p', { class: 'summary' });
  const show = (language: string) => {
    replaceChildren(title, textOf(file, language, file.mission.title));
    replaceChildren(summary, textOf(file, language, file.mission.summary));
    document.documentElement.lang = language;
    document.title = textOf(file, language, file.mission.title);
  };

  const faction = select(
    'faction',
    file.mission.factions.map((f) => [f, factionLabel(f)] as const),
    preset.faction,
  );
  const seed = h('input', {
    attrs: { id: 'seed', type: 'number', min: 0, step: 1, inputmode: 'numeric', title: 'The same seed plays the same fights' },
  });
  seed.value = String(preset.seed);
  const language = select(
    'language',
    file.languages.map((l) => [l, languageName(l)] as const),
    preset.language,
  );
  language.addEventListener('change', () => show(language.value));
  const several = file.languages.length > 1;

  const field = (id: string, label: string, control: HTMLElement) =>
    h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), control);
  const form = h(
    'form',
    {
      class: 'start-form',
      attrs: { 'aria-labelledby': 'mission-title' },
      on: {
        submit: (event) => {
          // No navigation ever: the page's CSP has form-action 'none'.
          event.preventDefault();
          start({ faction: faction.value, seed: parseSeed(seed.value), language: several ? language.value : preset.language });
        },
      },
    },
    field('faction', 'Faction', faction),
    field('seed', 'Seed', seed),
    several && field('language', 'Language', language),
    h('button', { class: 'primary', attrs: { type: 'submit' } }, 'Start'),
  );
  show(preset.language);
  return h('main', { class: 'title-screen' }, h('div', { class: 'card' }, h('p', { class: 'kicker' }, 'Mission'), title, summary, form));
}
