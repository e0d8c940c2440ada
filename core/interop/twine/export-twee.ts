/**
 * `twee`: the mission as a Twee 3 story (iftechfoundation/twine-specs, twee-3-specification.md) that Twine 2.6+
 * imports and Tweego compiles: `StoryTitle`, `StoryData` (a stable IFID, SugarCube as the format, the start
 * passage), one passage per node with its kind and then its own `tags` as tags and `{"position","size"}` metadata, and links written
 * `[[choice text->target]]`. What Twine cannot express (conditions, effects, branches, set nodes, fights,
 * objectives, hub `once`) is kept in the passage text as SugarCube-style macros and listed as `info`.
 * Group frames are not passages; their nodes keep their place on the map.
 */
import { outputPorts } from '../../format/ports';
import type { Mission, MissionNode } from '../../format/mission.types';
import type { Diagnostic } from '../../validate/diagnostic.types';
import type { ExportOptions, ExportResult } from '../../export/export.types';
import { missionIfid } from './twine-ifid';

/** The SugarCube release the macros are written for. */
const SUGARCUBE_VERSION = '2.37.3';
const PASSAGE_SIZE = '100,100';

/** A passage name Twine links can hold: no `[`, `]`, `|`, `->` or `<-`, not blank. */
function linkSafe(name: string): string {
  return name
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/\|/g, '/')
    .replace(/->/g, '→')
    .replace(/<-/g, '←')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();
}

/** Backslash-escapes the characters a Twee header gives meaning to. */
function escapeHeader(name: string): string {
  return name.replace(/[\\[\]{}]/g, (c) => `\\${c}`);
}

/** Passage names: the node's title, made link-safe, and made unique with the node id where titles repeat. */
function passageNames(nodes: readonly MissionNode[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const count = new Map<string, number>();
  for (const n of nodes) count.set(linkSafe(n.title), (count.get(linkSafe(n.title)) ?? 0) + 1);
  for (const n of nodes) {
    const title = linkSafe(n.title);
    let name = title === '' || title.startsWith('::') || (count.get(title) ?? 0) > 1 ? `${title || n.type} (${n.id})` : title;
    for (let k = 2; taken.has(name); k++) name = `${title || n.type} (${n.id}) ${k}`;
    taken.add(name);
    names.set(n.id, name);
  }
  return names;
}

/** A mission expression in SugarCube's words: story variables take their `$`. */
function sugarcube(expression: string, variables: ReadonlySet<string>): string {
  return expression.replace(
    /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|\b([A-Za-z_][A-Za-z0-9_]*)\b/g,
    (whole, quoted: string | undefined, name: string | undefined) =>
      quoted === undefined && name !== undefined && variables.has(name) ? `$${name}` : whole,
  );
}

/** Absolute positions: a grouped node's position is relative to its frame. */
function absolute(node: MissionNode, byId: ReadonlyMap<string, MissionNode>): { x: number; y: number } {
  const parent = node.parentId === undefined ? undefined : byId.get(node.parentId);
  if (!parent) return node.position;
  const p = absolute(parent, byId);
  return { x: p.x + node.position.x, y: p.y + node.position.y };
}

/** Keeps a line from opening a passage header (a line starting `::`). */
const safeLine = (line: string): string => (line.startsWith('::') ? ` ${line}` : line);

/** What a node says, as paragraphs of the passage. */
function bodyOf(node: MissionNode): string[] {
  switch (node.type) {
    case 'narration':
    case 'dialog':
      return node.data.lines;
    case 'start':
    case 'objective':
    case 'end':
      return node.data.text === '' ? [] : [node.data.text];
    case 'hub':
      return node.data.text ? [node.data.text] : [];
    default:
      return [];
  }
}

const PORT_LABELS: Record<string, string> = { next: 'Continue', done: 'Done', victory: 'Victory', defeat: 'Defeat' };

/** Writes the mission as Twee 3. */
export function exportTwee(mission: Mission, _options: ExportOptions = {}): ExportResult {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(mission.nodes.map((n) => [n.id, n]));
  const variables = new Set(mission.variables.map((v) => v.id));
  const castNames = new Map(mission.cast.map((c) => [c.id, c.name]));
  const passages = mission.nodes.filter((n) => n.type !== 'group');
  const names = passageNames(passages);
  const starts = passages.filter((n) => n.type === 'start');
  const start = starts.find((n) => n.type === 'start' && n.data.faction === 'any') ?? starts[0];
  // One note per kind of construct, naming its nodes, so the export report stays a few lines long.
  const noted = new Map<string, MissionNode[]>();
  const note = (node: MissionNode, message: string): void => {
    noted.set(message, [...(noted.get(message) ?? []), node]);
  };
  if (starts.length > 1 && start) {
    diagnostics.push({
      code: 'twine-macro',
      severity: 'info',
      path: '/nodes',
      message: `Twine has one start passage: "${names.get(start.id)}"; the other starts (${starts
        .filter((s) => s !== start)
        .map((s) => s.id)
        .join(', ')}) are passages tagged "start"`,
    });
  }
  if (mission.nodes.some((n) => n.type === 'group'))
    diagnostics.push({
      code: 'twine-macro',
      severity: 'info',
      path: '/nodes',
      message: 'act frames (group nodes) have no Twine equivalent and are left out; their nodes keep their places',
    });

  const out: string[] = [`:: StoryTitle\n${mission.meta.title}\n`];
  const data = {
    ifid: missionIfid(mission.meta.id),
    format: 'SugarCube',
    'format-version': SUGARCUBE_VERSION,
    ...(start ? { start: names.get(start.id) } : {}),
    zoom: 1,
  };
  out.push(`:: StoryData\n${JSON.stringify(data, null, 2)}\n`);

  for (const node of passages) {
    const tags: string[] = [node.type];
    if (node.type === 'end' && node.data.outcome === 'failure') tags.push('failure');
    const speaker = node.type === 'dialog' || node.type === 'narration' ? node.data.speaker : undefined;
    if (speaker !== undefined) tags.push(`speaker:${(castNames.get(speaker) ?? speaker).replace(/\s+/g, '_').replace(/[\\[\]{}]/g, '')}`);
    // The designer's own tags follow the ones that say the node's kind; a Twine tag is one word.
    for (const tag of node.tags ?? []) {
      const word = tag.replace(/\s+/g, '_');
      if (word !== '' && !tags.includes(word)) tags.push(word);
    }
    const position = absolute(node, byId);
    const metadata = JSON.stringify({ position: `${Math.round(position.x)},${Math.round(position.y)}`, size: PASSAGE_SIZE });
    const header = `:: ${escapeHeader(names.get(node.id) as string)} [${tags.map(escapeHeader).join(' ')}] ${metadata}`;

    const code: string[] = [];
    const links: string[] = [];
    const targetOf = (port: string): string | undefined => {
      const edge = mission.edges.find((e) => e.source === node.id && e.sourceHandle === port);
      return edge ? (names.get(edge.target) ?? linkSafe(edge.target)) : undefined;
    };
    const linkTo = (label: string, port: string, guard?: string, effects?: readonly string[]): void => {
      const target = targetOf(port);
      if (target === undefined) return;
      const text = linkSafe(label) || PORT_LABELS[port] || port;
      const setter = effects && effects.length > 0 ? `[${effects.map((e) => sugarcube(e, variables)).join('; ')}]` : '';
      const written = `[[${text}->${target}]${setter}]`;
      links.push(guard === undefined ? written : `<<if ${sugarcube(guard, variables)}>>${written}<</if>>`);
    };

    switch (node.type) {
      case 'dialog':
        for (const c of node.data.choices) linkTo(c.text, c.id, c.condition, c.effects);
        if (node.data.choices.some((c) => c.condition !== undefined || (c.effects?.length ?? 0) > 0))
          note(node, 'dialog choice conditions and effects are written as SugarCube <<if>> macros and link setters');
        break;
      case 'hub':
        for (const o of node.data.options) linkTo(o.label, o.id, o.condition);
        linkTo(node.data.continue.label, 'continue', node.data.continue.condition);
        note(
          node,
          `hub options are links under SugarCube <<if>> macros${node.data.options.some((o) => o.once) ? ', "once" is not kept' : ''}; Twine does not return to a hub by itself`,
        );
        break;
      case 'branch': {
        const cases = node.data.cases.map((c, i) => ({ guard: c.condition, target: targetOf(c.id), keyword: i === 0 ? 'if' : 'elseif' }));
        const elseTarget = targetOf('else');
        const parts = cases
          .filter((c) => c.target !== undefined)
          .map((c) => `<<${c.keyword} ${sugarcube(c.guard, variables)}>><<goto "${c.target}">>`);
        if (parts.length > 0) code.push(`${parts.join('')}${elseTarget ? `<<else>><<goto "${elseTarget}">>` : ''}<</if>>`);
        for (const c of node.data.cases) linkTo(c.condition, c.id);
        linkTo('Otherwise', 'else');
        note(node, "branches are SugarCube <<if>>/<<goto>> macros, with a link per case for Twine's map");
        break;
      }
      case 'set':
        code.push(...node.data.effects.map((e) => `<<set ${sugarcube(e, variables)}>>`));
        linkTo('Continue', 'next');
        note(node, 'set nodes are SugarCube <<set>> macros');
        break;
      case 'combat': {
        const side = (groups: readonly { unit: string; count: number }[]) => groups.map((g) => `${g.count} ${g.unit}`).join(', ');
        code.push(
          `/* combat (${node.data.mode}): ${side(node.data.allies)} against ${side(node.data.enemies)}; goal ${node.data.goal.type}, at most ${node.data.roundLimit} rounds */`,
        );
        for (const port of outputPorts(node)) linkTo(PORT_LABELS[port.id] ?? port.label, port.id);
        note(node, 'fights have no Twine equivalent: each is a SugarCube comment and a link per outcome');
        break;
      }
      case 'objective':
        linkTo('Done', 'done');
        note(node, 'objectives are their text and a "Done" link; Twine does not wait for the game');
        break;
      default:
        for (const port of outputPorts(node)) linkTo(PORT_LABELS[port.id] ?? port.label, port.id);
    }
    const body = [...bodyOf(node).map((line) => line.split('\n').map(safeLine).join('\n')), ...code];
    if (links.length > 0) body.push(links.join('\n'));
    out.push(`${header}\n${body.join('\n\n')}\n`);
  }
  for (const [message, nodes] of noted) {
    const [first] = nodes as [MissionNode];
    const named =
      nodes
        .slice(0, 6)
        .map((n) => n.id)
        .join(', ') + (nodes.length > 6 ? ` and ${nodes.length - 6} more` : '');
    diagnostics.push({
      code: 'twine-macro',
      severity: 'info',
      message: `${message} (${named})`,
      nodeId: first.id,
      path: `/nodes/${mission.nodes.indexOf(first)}`,
    });
  }
  return { text: out.join('\n'), diagnostics };
}
