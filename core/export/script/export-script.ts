/**
 * The `script` export: a mission as a Markdown screenplay for review and voice recording. Acts in reading
 * order (flow-order.ts), each node a scene heading, lines by speaker, choices with where they lead and, in
 * words, when they are offered and what they change; fights summarised; endings. Mission text is escaped so
 * it stays text in any Markdown viewer, and the same mission always gives the same bytes.
 */
import type { Mission, MissionNode } from '../../format/mission.types';
import type { ExportOptions, ExportResult } from '../export.types';
import { flowOrder, type Act } from '../flow-order';
import { missionLinks } from '../mission-links';
import { escapeMarkdown, escapeMarkdownLine } from './markdown';
import { nodeBlocks, type ScriptContext } from './script-nodes';
import { missionNames } from './script-words';

/** The mission as a Markdown screenplay; `options.faction` puts that faction's opening first. */
export function exportScript(mission: Mission, options: ExportOptions = {}): ExportResult {
  const links = missionLinks(mission);
  const order = flowOrder(mission, options, links);
  const title = titles(mission);
  const ctx: ScriptContext = {
    links,
    names: missionNames(mission),
    title: (node) => title.get(node) ?? node.id,
    titleById: (id) => {
      const node = links.byId.get(id);
      return node === undefined ? undefined : title.get(node);
    },
    reached: order.reached,
  };
  const hasActs = order.acts.some((act) => act.group !== null);
  const blocks = [...headerBlocks(mission, options), ...order.acts.flatMap((act) => actBlocks(act, hasActs, ctx))];
  return { text: `${blocks.join('\n\n')}\n`, diagnostics: [] };
}

/**
 * Each node's title as the script prints it: blank titles name the node instead, and titles two nodes share
 * get the node id, so every heading and every arrow names one node.
 */
function titles(mission: Mission): Map<MissionNode, string> {
  const shown = (n: MissionNode): string => (n.title.trim() === '' ? `(untitled ${n.type} ${n.id})` : n.title);
  const count = new Map<string, number>();
  for (const node of mission.nodes) count.set(shown(node), (count.get(shown(node)) ?? 0) + 1);
  return new Map(mission.nodes.map((n) => [n, (count.get(shown(n)) ?? 0) > 1 ? `${shown(n)} (${n.id})` : shown(n)]));
}

function headerBlocks(mission: Mission, options: ExportOptions): string[] {
  const { meta } = mission;
  const blocks = [`# ${escapeMarkdownLine(meta.title) || escapeMarkdownLine(meta.id) || 'Untitled mission'}`];
  if (meta.summary.trim() !== '') blocks.push(escapeMarkdown(meta.summary));
  const factions = meta.factions.map(escapeMarkdownLine).join(', ');
  blocks.push(
    `*Factions: ${factions || 'none'}.${options.faction === undefined ? '' : ` Written for: ${escapeMarkdownLine(options.faction)}.`}*`,
  );
  if (mission.cast.length > 0) {
    blocks.push('## Cast', mission.cast.map((c) => `- ${castLine(c.name || c.id, c.species, c.role)}`).join('\n'));
  }
  return blocks;
}

/** `**Name** (Species): role`, each part escaped. */
function castLine(name: string, species: string | undefined, role: string | undefined): string {
  const kind = species === undefined || species.trim() === '' ? '' : ` (${escapeMarkdownLine(species)})`;
  const what = role === undefined || role.trim() === '' ? '' : `: ${escapeMarkdownLine(role)}`;
  return `**${escapeMarkdownLine(name)}**${kind}${what}`;
}

/** An act's heading and its scenes; a run of nodes outside any act gets a heading only when acts exist. */
function actBlocks(act: Act, hasActs: boolean, ctx: ScriptContext): string[] {
  const heading = act.group !== null ? [`## ${escapeMarkdownLine(ctx.title(act.group))}`] : hasActs ? ['## Outside the acts'] : [];
  const empty = act.group !== null && act.nodes.length === 0 ? ['*This act frames no nodes.*'] : [];
  return [...heading, ...empty, ...act.nodes.flatMap((node) => nodeBlocks(node, ctx))];
}
