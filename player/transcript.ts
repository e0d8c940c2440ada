/**
 * The transcript: every line spoken so far with its speaker, the player's choices, objectives done and fights
 * fought, as a live log. Entries are only ever appended, or cut back to an earlier length when stepping back.
 */
import type { FightOutcome, Line, RoundView } from '@mission-studio/core/runtime';
import { append, h } from './dom';
import { outcomeWords, roundHeading, roundNotes, shotWords, UNTRANSLATED } from './words';

/** One round of a fight as a list item: its heading, each shot on its own line, then what it ended with. */
export function roundItem(round: RoundView): HTMLLIElement {
  const item = h('li', { class: 'round' }, h('span', { class: 'round-head' }, roundHeading(round)));
  for (const shot of round.shots) append(item, h('span', { class: shot.hit ? 'shot' : 'shot miss' }, `${shotWords(shot)}.`));
  for (const note of roundNotes(round)) append(item, h('span', { class: 'round-note' }, note));
  return item;
}

/** How to show an entry again in another language: the string ids it was made from. */
type Relabel = (text: (id: string) => string) => HTMLElement;

/** Looks up a string id in the language shown now. */
export type TextLookup = (id: string) => string;

/** A string's text, marked when it is the source text standing in for a missing translation. */
function textSpan(text: string, untranslated: boolean, className = 'text'): HTMLElement {
  if (!untranslated) return h('span', { class: className }, text);
  return h(
    'span',
    { class: `${className} untranslated` },
    text,
    h(
      'span',
      {
        class: 'untranslated-mark',
        attrs: { title: 'This string has no translation in this language: it is shown in the source language' },
      },
      UNTRANSLATED,
    ),
  );
}

/** The transcript of a run. */
export class Transcript {
  /** `untranslated(id)`: whether the language shown now lacks that string. */
  constructor(private readonly untranslated: (id: string) => boolean = () => false) {}

  /** The log element to place on the page. */
  readonly element = h('div', { class: 'transcript', attrs: { role: 'log', 'aria-label': 'Transcript', tabindex: 0 } });
  private readonly relabels: Array<Relabel | null> = [];

  /** How many entries it holds (what a step back cuts it back to). */
  get length(): number {
    return this.relabels.length;
  }

  /** Cuts it back to its first `length` entries. */
  trim(length: number): void {
    while (this.relabels.length > length) {
      this.relabels.pop();
      this.element.lastElementChild?.remove();
    }
  }

  clear(): void {
    this.trim(0);
  }

  /** Shows every line and choice again in another language (fights keep the words they were fought in). */
  relabel(text: TextLookup): void {
    this.relabels.forEach((relabel, i) => {
      if (relabel) this.element.children[i]?.replaceWith(relabel(text));
    });
  }

  /** A spoken or narrated line; `speakerName` is the cast member's name string id. */
  line(line: Line, speakerName: string | null): void {
    const render = (speaker: string | null, text: string) =>
      h(
        'p',
        { class: speaker === null ? 'line narration' : 'line spoken' },
        speaker !== null && h('span', { class: 'speaker' }, speaker),
        textSpan(text, this.untranslated(line.id)),
      );
    this.add(render(line.speaker?.name ?? null, line.text), (text) =>
      render(line.speaker ? (speakerName === null ? line.speaker.name : text(speakerName)) : null, text(line.id)),
    );
  }

  /** What the player chose, in their own voice. */
  choice(textId: string, text: string): void {
    const render = (words: string) =>
      h('p', { class: 'line choice' }, h('span', { class: 'speaker' }, 'You'), textSpan(words, this.untranslated(textId)));
    this.add(render(text), (lookup) => render(lookup(textId)));
  }

  /** An objective done. */
  objective(textId: string, text: string): void {
    const render = (words: string) => h('p', { class: 'line note' }, `Done: ${words}`);
    this.add(render(text), (lookup) => render(lookup(textId)));
  }

  /** A fight that is over: its outcome, and its rounds folded away. */
  fight(place: string | null, outcome: FightOutcome, rounds: readonly RoundView[]): void {
    const log = h('ol', { class: 'round-log', attrs: { 'aria-label': 'Round log' } }, ...rounds.map(roundItem));
    const summary = h('summary', {}, `Fight${place ? ` at ${place}` : ''}: ${outcomeWords(outcome, rounds.length)}`);
    this.add(h('details', { class: `line fight-record ${outcome}` }, summary, log), null);
  }

  /** Scrolls to the newest entry; only where the log is a scrolling box (wide screens), a phone's page flows. */
  scrollToEnd(): void {
    this.element.scrollTop = this.element.scrollHeight;
  }

  private add(entry: HTMLElement, relabel: Relabel | null): void {
    this.element.append(entry);
    this.relabels.push(relabel);
  }
}
