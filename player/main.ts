/**
 * The playable page's script: reads the runtime file and the export's options from their JSON blocks, checks
 * the file with the runtime's loader, and shows the title screen, then the run.
 */
import { loadRuntime, type RuntimeFile } from '@mission-studio/core/runtime';
import { h, replaceChildren } from './dom';
import { PlayView } from './play-view';
import { titleScreen, type StartSettings } from './title-screen';

/** What the export preselects (`mission-studio export --faction F --lang L`). */
interface PageOptions {
  faction?: string;
  language?: string;
}

function readJson(id: string): unknown {
  const text = document.getElementById(id)?.textContent;
  if (!text) throw new Error(`the page has no #${id} block`);
  return JSON.parse(text);
}

function presets(file: RuntimeFile, options: PageOptions): StartSettings {
  const faction =
    options.faction !== undefined && file.mission.factions.includes(options.faction)
      ? options.faction
      : (file.mission.factions[0] as string);
  const language =
    options.language !== undefined && file.languages.includes(options.language) ? options.language : (file.languages[0] as string);
  return { faction, seed: 1, language };
}

function mount(root: HTMLElement): void {
  let file: RuntimeFile;
  let options: PageOptions;
  try {
    file = loadRuntime(readJson('mission-data'));
    options = readJson('player-options') as PageOptions;
  } catch (error) {
    replaceChildren(
      root,
      h(
        'main',
        { class: 'title-screen' },
        h(
          'div',
          { class: 'card error', attrs: { role: 'alert' } },
          h('h1', {}, 'This page cannot play its mission'),
          h('p', {}, error instanceof Error ? error.message : String(error)),
        ),
      ),
    );
    return;
  }
  let preset = presets(file, options);
  const showTitle = () => {
    replaceChildren(root, titleScreen(file, preset, play));
    root.querySelector<HTMLElement>('select, input, button')?.focus();
  };
  const play = (settings: StartSettings) => {
    preset = settings;
    const view = new PlayView(file, settings, showTitle);
    replaceChildren(root, view.element);
    view.focus();
  };
  showTitle();
}

const root = document.getElementById('app');
if (root) mount(root);
