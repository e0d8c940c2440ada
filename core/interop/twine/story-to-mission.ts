/**
 * A Twine story as a mission: each passage a node, each link an edge. A passage with links is a dialog with one
 * choice per link; without links a narration, or an end when nothing in it leads anywhere; the start passage is
 * the start node. Positions and text are kept; story format code is kept as text and listed (`twine-macro`); a
 * link to no passage is an edge to a `missing:` id, which the validator reports as `dangling-edge`.
 * SugarCube and Harlowe if-chains become branch nodes and choice conditions where they map cleanly
 * (passage-conditions.ts); the others stay text with a `twine-condition` warning naming the passage.
 * Tags written by the Twee export (`narration`, `end`, `failure`, `speaker:Name`) bring node kinds back; every
 * other passage tag is kept on its node (`tags`).
 */
import {
  FORMAT_ID,
  type CastMember,
  type MissionEdge,
  type MissionNode,
  type Mission,
  type VariableDecl,
  type VariableType,
} from '../../format/mission.types';
import { readPassageConditions } from './passage-conditions';
import { findMacros, navigatesByMacro } from './twine-macros';
import { findLinks, withoutLinks, type TwineLink } from './twine-links';
import type { TwineNote, TwinePassage, TwineStory } from './twine-story.types';

// Passages that configure a story format rather than tell the story (Twee 3 and the formats' manuals).
const SPECIAL_NAMES = new Set([
  'StoryAuthor',
  'StorySubtitle',
  'StoryMenu',
  'StorySettings',
  'StoryIncludes',
  'StoryInit',
  'StoryCaption',
  'StoryBanner',
  'StoryShare',
  'StoryInterface',
  'PassageHeader',
  'PassageFooter',
  'PassageReady',
  'PassageDone',
]);
const SPECIAL_TAGS = new Set([
  'script',
  'stylesheet',
  'widget',
  'Twine.private',
  'header',
  'footer',
  'startup',
  'debug-header',
  'debug-footer',
  'debug-startup',
  'init',
]);

/** A note tied to a node of the mission (by index) and a line of the Twine file. */
export interface StoryNote extends TwineNote {
  nodeId?: string;
}

/** The id pattern of the mission format; anything else becomes `-`. */
function slugId(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? fallback : slug;
}

/** Paragraphs of passage text (links taken out), trimmed, blank ones dropped. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The most tags a node keeps (the format's limit), and the longest tag. */
const MAX_TAGS = 100;
const MAX_TAG_LENGTH = 200;

/**
 * A passage's tags as the node's `tags`: what the node itself already says is left out (a `speaker:` tag, the
 * tag naming the node's kind, `failure` on a failed end), so that a mission exported to Twee and imported back
 * has the tags it had. Repeats are dropped; the format's limits apply.
 */
function designerTags(passageTags: readonly string[], node: MissionNode): string[] {
  const implied = (tag: string): boolean =>
    tag.startsWith('speaker:') || tag === node.type || (tag === 'failure' && node.type === 'end' && node.data.outcome === 'failure');
  const kept = passageTags.filter((t) => t !== '' && !implied(t)).map((t) => t.slice(0, MAX_TAG_LENGTH));
  return [...new Set(kept)].slice(0, MAX_TAGS);
}

const NARRATOR: CastMember = { id: 'narrator', name: 'Narrator' };

/** The mission a story becomes, and what the conversion noticed. */
export function storyToMission(story: TwineStory): { mission: Mission; notes: StoryNote[] } {
  const notes: StoryNote[] = [];
  const scenes: TwinePassage[] = [];
  for (const passage of story.passages) {
    const special = SPECIAL_NAMES.has(passage.name)
      ? `a special passage of the story format`
      : passage.tags.find((t) => SPECIAL_TAGS.has(t));
    if (special === undefined) scenes.push(passage);
    else
      notes.push({
        severity: 'info',
        code: 'twine-skipped-passage',
        message: `passage "${passage.name}" (${special.startsWith('a ') ? special : `tagged ${special}`}) is story format setup, not a scene; it is not imported`,
        line: passage.line,
      });
  }

  const used = new Set<string>();
  const unique = (base: string): string => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const ids = new Map<string, string>();
  for (const passage of scenes) ids.set(passage.name, unique(slugId(passage.name, 'passage')));
  const targetId = (name: string): string => ids.get(name) ?? `missing:${slugId(name, 'passage')}`;

  const cast = new Map<string, CastMember>();
  const speakerOf = (passage: TwinePassage): string => {
    const tag = passage.tags.find((t) => t.startsWith('speaker:'));
    if (!tag) {
      cast.set(NARRATOR.id, NARRATOR);
      return NARRATOR.id;
    }
    const name = tag.slice('speaker:'.length).replace(/_/g, ' ');
    const id = slugId(name, 'speaker');
    if (!cast.has(id)) cast.set(id, { id, name });
    return id;
  };

  const nodes: MissionNode[] = [];
  const edges: MissionEdge[] = [];
  const link = (source: string, port: string, target: string): void => {
    edges.push({ id: `${source}.${port}`, source, sourceHandle: port, target });
  };
  const choicesOf = (links: readonly TwineLink[], conditions: ReadonlyMap<number, string> = new Map()) => {
    const taken = new Set<string>();
    return links.map((l, i) => {
      let id = slugId(l.text, `choice-${i + 1}`).slice(0, 40);
      for (let n = 2; taken.has(id); n++) id = `${slugId(l.text, 'choice').slice(0, 36)}-${n}`;
      taken.add(id);
      const condition = conditions.get(l.offset);
      return { id, text: l.text, target: targetId(l.target), ...(condition === undefined ? {} : { condition }) };
    });
  };
  const asChoices = (choices: ReturnType<typeof choicesOf>) =>
    choices.map(({ id: c, text, condition }) => ({ id: c, text, ...(condition === undefined ? {} : { condition }) }));
  // The story's variables as its converted conditions read them (twine-conditions.ts), in the order met.
  const variableTypes = new Map<string, VariableType>();

  scenes.forEach((passage, index) => {
    const id = ids.get(passage.name) as string;
    const position = passage.position ?? { x: (index % 8) * 320, y: Math.floor(index / 8) * 200 };
    const isStart = passage.name === story.start;
    const linkCount = findLinks(passage.text).length;
    // Conditions on links become conditions on choices: only a node with choices can hold them.
    const guardedLinks = isStart ? linkCount > 1 : linkCount > 1 || (linkCount === 1 && !passage.tags.includes('narration'));
    const read = readPassageConditions(passage.text, variableTypes, { guardedLinks, mayBranch: !isStart });
    for (const reason of read.kept)
      notes.push({
        severity: 'warning',
        code: 'twine-condition',
        nodeId: id,
        line: passage.textLine,
        message: `passage "${passage.name}": ${reason}`,
      });
    const links = findLinks(read.text);
    const rest = withoutLinks(read.text, links);
    const lines = paragraphs(rest);
    const macros = findMacros(rest);
    const base = { id, title: passage.name, position };
    // The passage's own tags, once the node is made: the ones its kind already says are dropped (designerTags).
    const tagged = <N extends MissionNode>(node: N): N => {
      const tags = designerTags(passage.tags, node);
      return tags.length > 0 ? { ...node, tags } : node;
    };
    if (macros.length > 0) {
      notes.push({
        severity: 'info',
        code: 'twine-macro',
        nodeId: id,
        line: passage.textLine,
        message: `passage "${passage.name}" keeps story format code as text: ${macros.slice(0, 6).join(', ')}${macros.length > 6 ? ', ...' : ''}`,
      });
    }
    if (read.branch) {
      const cases = read.branch.cases.map((c, i) => ({ id: `case-${i + 1}`, condition: c.condition, target: c.target }));
      nodes.push(tagged({ ...base, type: 'branch', data: { cases: cases.map(({ id: c, condition }) => ({ id: c, condition })) } }));
      for (const c of cases) link(id, c.id, targetId(c.target));
      if (read.branch.elseTarget !== undefined) link(id, 'else', targetId(read.branch.elseTarget));
      return;
    }
    if (isStart) {
      nodes.push(tagged({ ...base, type: 'start', data: { faction: 'any', text: lines.join('\n\n') } }));
      if (links.length === 1) link(id, 'next', targetId((links[0] as TwineLink).target));
      else if (links.length > 1) {
        const choicesId = unique(`${id}-choices`);
        const choices = choicesOf(links, read.linkConditions);
        nodes.push({
          id: choicesId,
          type: 'dialog',
          title: `${passage.name}: choices`,
          position: { x: position.x + 150, y: position.y },
          data: { speaker: speakerOf(passage), lines: [], choices: asChoices(choices) },
        });
        link(id, 'next', choicesId);
        for (const c of choices) link(choicesId, c.id, c.target);
      }
      return;
    }
    if (links.length === 0 && !passage.tags.includes('narration') && !navigatesByMacro(rest)) {
      nodes.push(
        tagged({
          ...base,
          type: 'end',
          data: { outcome: passage.tags.includes('failure') ? 'failure' : 'success', text: lines.join('\n\n') },
        }),
      );
      return;
    }
    if (links.length === 0 || (links.length === 1 && passage.tags.includes('narration'))) {
      const speaker = passage.tags.some((t) => t.startsWith('speaker:')) ? { speaker: speakerOf(passage) } : {};
      nodes.push(tagged({ ...base, type: 'narration', data: { ...speaker, lines } }));
      if (links.length === 1) link(id, 'next', targetId((links[0] as TwineLink).target));
      return;
    }
    const choices = choicesOf(links, read.linkConditions);
    nodes.push(tagged({ ...base, type: 'dialog', data: { speaker: speakerOf(passage), lines, choices: asChoices(choices) } }));
    for (const c of choices) link(id, c.id, c.target);
  });

  const format = story.format ? ` (${story.format}${story.formatVersion ? ` ${story.formatVersion}` : ''})` : '';
  const mission: Mission = {
    format: FORMAT_ID,
    meta: {
      id: slugId(story.name, 'twine-story'),
      title: story.name,
      summary: `Imported from the Twine story "${story.name}"${format}.`,
      factions: ['player'],
      tags: ['twine', ...(story.format ? [story.format.toLowerCase()] : [])],
    },
    variables: [...variableTypes].map(([name, type]): VariableDecl => ({
      id: name,
      type,
      initial: type === 'bool' ? false : type === 'number' ? 0 : '',
      description: `$${name} of the Twine story, read by its conditions; story code that sets it stays as passage text`,
    })),
    cast: [...cast.values()],
    locations: [],
    units: [],
    nodes,
    edges,
  };
  return { mission, notes };
}
