import { plural } from '../strings/plural';
import type { CombatData, Mission, MissionNode } from '../format/mission.types';

/** Names the content line may show instead of ids: cast members by id. */
export type NameLookup = ReadonlyMap<string, string>;

/** Cast names by id, for speaker prefixes. */
export function castNames(mission: Mission): NameLookup {
  return new Map(mission.cast.map((c) => [c.id, c.name]));
}

const sumCounts = (groups: ReadonlyArray<{ count: number }>): number => groups.reduce((sum, g) => sum + g.count, 0);

/** A one-line summary of a fight: "space · 3 allies vs 9 enemies · protect 2". */
export function combatSummary(data: CombatData): string {
  const sides = `${plural(sumCounts(data.allies), 'ally', 'allies')} vs ${plural(sumCounts(data.enemies), 'enemy', 'enemies')}`;
  return `${data.mode} · ${sides} · ${goalSummary(data.goal)}`;
}

function goalSummary(goal: CombatData['goal']): string {
  switch (goal.type) {
    case 'defeat-all':
      return 'defeat all';
    case 'survive':
      return `survive ${plural(goal.rounds, 'round')}`;
    case 'protect':
      return goal.atLeast !== undefined && goal.atLeast < goal.units.length
        ? `protect ${goal.atLeast} of ${goal.units.length}`
        : `protect ${goal.units.length}`;
  }
}

// A speaker's name before the line says who talks without a second row; unknown ids show as written.
const spoken = (speaker: string | undefined, line: string, names: NameLookup): string =>
  speaker ? `${names.get(speaker) ?? speaker}: ${line}` : line;

/** The one line of content a node shows under its title (empty when the node has nothing to say). */
export function contentLine(node: MissionNode, names: NameLookup): string {
  switch (node.type) {
    case 'start':
      return node.data.faction === 'any' ? node.data.text : `${node.data.faction} · ${node.data.text}`;
    case 'narration':
      return spoken(node.data.speaker, node.data.lines[0] ?? '', names);
    case 'dialog':
      return spoken(node.data.speaker, node.data.lines[0] ?? '', names);
    case 'objective':
      return `${node.data.optional ? 'optional · ' : ''}${node.data.text}`;
    case 'hub':
      return node.data.text ?? '';
    case 'branch':
      return node.data.cases[0] ? `if ${node.data.cases[0].condition}` : 'else only';
    case 'set':
      return node.data.effects.length === 0 ? 'no effects' : node.data.effects.join('; ');
    case 'combat':
      return combatSummary(node.data);
    case 'end':
      return `${node.data.outcome} · ${node.data.text}`;
    case 'group':
      return '';
  }
}

/** Cuts text to at most `max` characters, ending in an ellipsis when cut (SVG edge labels cannot use CSS for it). */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

// Rough advance widths of a sans-serif face, in em: enough to cut text near where the row ends. The node body
// clips anything an unusual font draws wider, so an estimate only has to be close, not exact.
const NARROW = new Set("iljtfrI.,:;'!|()[] ");
const WIDE = new Set('mwMW@%');
const charWidth = (c: string): number => (NARROW.has(c) ? 0.3 : WIDE.has(c) ? 0.86 : c >= 'A' && c <= 'Z' ? 0.68 : 0.56);

/** Cuts text to fit `width` pixels at `fontSize` px (about), ending in an ellipsis when cut. */
export function fitText(text: string, width: number, fontSize: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const budget = width / fontSize;
  let used = 0;
  for (let i = 0; i < flat.length; i++) {
    used += charWidth(flat[i] as string);
    if (used > budget) {
      // Step back far enough for the ellipsis (about 0.9 em) to fit too.
      let end = i;
      let room = used - budget + 0.9;
      while (end > 0 && room > 0) room -= charWidth(flat[--end] as string);
      return `${flat.slice(0, end).trimEnd()}…`;
    }
  }
  return flat;
}

const widthOf = (text: string): number => {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em;
};

/** About how wide `text` is at `fontSize` px in a sans-serif face, px (the estimate `fitText` cuts by). */
export const textWidth = (text: string, fontSize: number): number => widthOf(text) * fontSize;

/**
 * Breaks text into at most `maxLines` lines of about `width` pixels at `fontSize` px, at spaces; the last line
 * is cut with an ellipsis when the text does not fit.
 */
export function fitLines(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const budget = width / fontSize;
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const candidate = current ? `${current} ${word}` : word;
    if (!current || widthOf(candidate) <= budget) {
      current = candidate;
      continue;
    }
    if (lines.length >= maxLines - 1) {
      // The last line allowed takes the rest of the text, cut to fit.
      current = `${current} ${words.slice(i).join(' ')}`;
      break;
    }
    // A line ending in one of our " · " separators reads better without it.
    lines.push(fitText(current.replace(/ ·$/, ''), width, fontSize));
    current = word;
  }
  if (current) lines.push(fitText(current, width, fontSize));
  return lines;
}

/** Longest edge label, in characters: labels sit in the gap between columns of nodes. */
const EDGE_LABEL_MAX = 14;

/**
 * The label an edge shows, or undefined: dialog choices (their text, short) and combat results. Other ports
 * are labelled on the node only; repeating "next" on every edge would be noise. `parallel` is how many edges
 * of the same source go to the same target: they are drawn almost on top of each other, so the first of them
 * says how many there are and the rest stay unlabelled (the node lists each port anyway).
 */
export function edgeLabel(source: MissionNode | undefined, port: string, parallel = 1, first = true): string | undefined {
  if (!source || (source.type !== 'combat' && source.type !== 'dialog')) return undefined;
  if (parallel > 1) return first ? (source.type === 'dialog' ? `${parallel} choices` : 'either outcome') : undefined;
  if (source.type === 'combat') return port === 'victory' || port === 'defeat' ? port : undefined;
  const choice = source.data.choices.find((c) => c.id === port);
  return choice ? truncate(choice.text, EDGE_LABEL_MAX) : undefined;
}
