/**
 * One node of a script as Markdown blocks: a scene heading, who says what, and where each way out leads.
 * Every edge is printed: the one a port follows as its arrow, and any other (a second edge on a port, an edge
 * to a missing node or from a port the node lacks) named beside it, so a review never misses a drawn link.
 */
import type { NodeTitles } from '../../expressions/describe';
import type { MissionEdge, MissionNode } from '../../format/mission.types';
import { portIds } from '../../format/ports';
import type { MissionLinks } from '../mission-links';
import { escapeMarkdown, escapeMarkdownLine } from './markdown';
import { conditionWords, effectsWords, fightWords, sentence, type MissionNames } from './script-words';

/** What rendering a node needs to know about the rest of the mission. */
export interface ScriptContext {
  links: MissionLinks;
  names: MissionNames;
  /** A node's title as the script shows it (unique, never blank); plain text. */
  title(node: MissionNode): string;
  /** The same by node id, for `visited("id")` in conditions. */
  titleById: NodeTitles;
  reached: ReadonlySet<MissionNode>;
}

const ITEM_INDENT = '   ';

/** What each kind of objective asks, in words (a Map, so a kind such as `constructor` finds nothing). */
const OBJECTIVE_KINDS: ReadonlyMap<string, string> = new Map([
  ['talk', 'Talk to someone'],
  ['goto', 'Go somewhere'],
  ['interact', 'Interact with something'],
  ['escort', 'Escort someone'],
  ['defend', 'Defend something'],
]);

/** The Markdown blocks of one node, heading first. */
export function nodeBlocks(node: MissionNode, ctx: ScriptContext): string[] {
  const blocks = [`### ${escapeMarkdownLine(ctx.title(node))}`];
  const location = 'location' in node.data ? node.data.location : undefined;
  if (location !== undefined) blocks.push(`*Location: ${escapeMarkdownLine(ctx.names.location(location))}*`);
  if (!ctx.reached.has(node)) blocks.push('*No start leads here.*');
  blocks.push(...bodyBlocks(node, ctx));
  const stray = strayEdges(node, ctx);
  if (stray.length > 0) blocks.push(stray.join('\n'));
  return blocks;
}

function bodyBlocks(node: MissionNode, ctx: ScriptContext): string[] {
  const arrow = (port: string): string => arrowTo(node, port, ctx);
  switch (node.type) {
    case 'start':
      return [
        `*Opening for ${node.data.faction === 'any' ? 'every faction' : escapeMarkdownLine(node.data.faction)}.*`,
        ...paragraph(node.data.text),
        arrow('next'),
      ];
    case 'narration':
      return [...spoken(node.data.lines, node.data.speaker, ctx), arrow('next')];
    case 'dialog': {
      const choices = node.data.choices.map((c, i) =>
        item(`${i + 1}.`, c.text, arrow(c.id), [
          c.condition === undefined ? '' : `only if ${conditionWords(c.condition, ctx.titleById)}`,
          effects(c.effects, ctx),
        ]),
      );
      return [...spoken(node.data.lines, node.data.speaker, ctx), choices.length > 0 ? choices.join('\n') : '*No choices.*'];
    }
    case 'hub': {
      const { options, continue: way } = node.data;
      const items = options.map((o, i) =>
        item(`${i + 1}.`, o.label, `${o.once ? '(once) ' : ''}${arrow(o.id)}`, [
          o.condition === undefined ? '' : `only if ${conditionWords(o.condition, ctx.titleById)}`,
        ]),
      );
      items.push(
        item(`${options.length + 1}.`, way.label, `(to move on) ${arrow('continue')}`, [
          way.condition === undefined ? '' : `only if ${conditionWords(way.condition, ctx.titleById)}`,
        ]),
      );
      return [...(node.data.text === undefined ? [] : paragraph(node.data.text)), items.join('\n')];
    }
    case 'branch': {
      const cases = node.data.cases.map(
        (c, i) => `- ${i === 0 ? 'If' : 'Otherwise, if'} ${escapeMarkdownLine(conditionWords(c.condition, ctx.titleById))} ${arrow(c.id)}`,
      );
      return [[...cases, `- Otherwise ${arrow('else')}`].join('\n')];
    }
    case 'set':
      return [
        node.data.effects.length > 0
          ? `*${escapeMarkdownLine(sentence(effectsWords(node.data.effects, ctx.titleById)))}.*`
          : '*Changes nothing.*',
        arrow('next'),
      ];
    case 'objective': {
      const { kind, target, optional } = node.data;
      const who = target === undefined ? '' : ` Target: ${escapeMarkdownLine(targetName(target, ctx))}.`;
      return [
        `**Objective${optional ? ' (optional)' : ''}:** ${escapeMarkdown(node.data.text)}`,
        `*${OBJECTIVE_KINDS.get(kind) ?? 'Do something'}.${who}*`,
        `When done ${arrow('done')}`,
      ];
    }
    case 'combat': {
      const fight = fightWords(node.data, ctx.names);
      const line = (label: string, text: string): string => `- ${label}: ${escapeMarkdownLine(text)}`;
      return [
        `**Fight (${node.data.mode}).**`,
        [
          line('Player', fight.player),
          line('Allies', fight.allies),
          line('Enemies', fight.enemies),
          line('To win', fight.goal),
          line('Round limit', fight.roundLimit),
          `- Victory ${arrow('victory')}`,
          `- Defeat ${arrow('defeat')}`,
        ].join('\n'),
      ];
    }
    case 'end':
      return [`**Ending (${node.data.outcome}):** ${escapeMarkdown(node.data.text)}`];
    case 'group':
      return [];
  }
}

/** Narrator lines as plain paragraphs; a speaker's as `**Name:** line`. */
function spoken(lines: readonly string[], speaker: string | undefined, ctx: ScriptContext): string[] {
  if (speaker === undefined) return lines.flatMap(paragraph);
  const name = escapeMarkdownLine(ctx.names.cast(speaker));
  return lines.map((line) => `**${name}:** ${escapeMarkdown(line)}`);
}

/** A paragraph of mission text; none for blank text (an empty paragraph would vanish anyway). */
function paragraph(text: string): string[] {
  const escaped = escapeMarkdown(text);
  return escaped === '' ? [] : [escaped];
}

function effects(list: readonly string[] | undefined, ctx: ScriptContext): string {
  return list !== undefined && list.length > 0 ? effectsWords(list, ctx.titleById) : '';
}

/** `1. Text → Target`, then its notes ("only if ...", what it changes) as one italic sentence below. */
function item(marker: string, text: string, arrow: string, notes: readonly string[]): string {
  const said = notes.filter((n) => n !== '').map(sentence);
  const head = `${marker} ${escapeMarkdown(text, ITEM_INDENT)} ${arrow}`;
  return said.length === 0 ? head : `${head}\\\n${ITEM_INDENT}*${escapeMarkdownLine(said.join('. '))}.*`;
}

/** An objective's target: a cast member or a unit (the format allows either). */
function targetName(id: string, ctx: ScriptContext): string {
  const cast = ctx.names.cast(id);
  return cast !== id ? cast : ctx.names.unit(id);
}

/** `→ Title` for the edge a port follows, else `→ (goes nowhere)`, plus any other edge drawn from it. */
function arrowTo(node: MissionNode, port: string, ctx: ScriptContext): string {
  const edges = ctx.links.from(node.id).filter((e) => e.sourceHandle === port);
  const followed = edges.find((e) => ctx.links.byId.has(e.target));
  const target = followed === undefined ? undefined : ctx.links.byId.get(followed.target);
  const head = target === undefined ? '→ (goes nowhere)' : `→ ${escapeMarkdownLine(ctx.title(target))}`;
  const others = edges.filter((e) => e !== followed).map((e) => otherEdge(e, ctx));
  return others.length === 0 ? head : `${head} *(${others.join('; ')})*`;
}

function otherEdge(edge: MissionEdge, ctx: ScriptContext): string {
  const target = ctx.links.byId.get(edge.target);
  if (target === undefined) return `an edge to a missing node, ${escapeMarkdownLine(JSON.stringify(edge.target))}`;
  return `also drawn → ${escapeMarkdownLine(ctx.title(target))}, never followed`;
}

/** Edges from ports the node does not have (the engine never follows them). */
function strayEdges(node: MissionNode, ctx: ScriptContext): string[] {
  const ports = new Set(portIds(node));
  return ctx.links
    .from(node.id)
    .filter((e) => !ports.has(e.sourceHandle))
    .map((e) => {
      const target = ctx.links.byId.get(e.target);
      const to = target === undefined ? `a missing node, ${JSON.stringify(e.target)}` : ctx.title(target);
      return `- *An edge from a port this node lacks, ${escapeMarkdownLine(JSON.stringify(e.sourceHandle))}, never followed* → ${escapeMarkdownLine(to)}`;
    });
}
