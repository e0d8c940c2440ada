/**
 * Twine 2's own files into stories: a library archive (several `<tw-storydata>`) or a published story (one, inside
 * the story format's page), as the Twine 2 HTML output and archive specifications describe them. htmlparser2
 * reads the HTML (tolerant, streaming, entities decoded, no DOM needed, so it runs in a Worker too); nothing in
 * the file is ever run or rendered.
 */
import { Parser } from 'htmlparser2';
import type { ParsedTwine, TwineNote, TwinePassage, TwineStory } from './twine-story.types';

/** The line of each offset, by binary search over the offsets where lines start. */
function lineFinder(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function parsePosition(value: string | undefined): { x: number; y: number } | undefined {
  if (value === undefined) return undefined;
  const [x, y] = value.split(',').map((part) => Number(part.trim()));
  return x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined;
}

interface OpenStory {
  story: TwineStory;
  startPid?: string;
  pids: Map<string, string>;
  names: Map<string, number>;
}

/** Reads every `<tw-storydata>` of a Twine 2 HTML file; a file with none is not a Twine 2 story. */
export function parseTwineHtml(source: string): ParsedTwine {
  const lineOf = lineFinder(source);
  const notes: TwineNote[] = [];
  const stories: TwineStory[] = [];
  let open: OpenStory | null = null;
  let passage: { value: TwinePassage; pid?: string } | null = null;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const line = lineOf(parser.startIndex);
        if (name === 'tw-storydata') {
          const story: TwineStory = { name: attributes['name']?.trim() ?? '', passages: [], line };
          if (attributes['ifid']) story.ifid = attributes['ifid'];
          if (attributes['format']) story.format = attributes['format'];
          if (attributes['format-version']) story.formatVersion = attributes['format-version'];
          open = { story, pids: new Map(), names: new Map(), ...(attributes['startnode'] ? { startPid: attributes['startnode'] } : {}) };
        } else if (name === 'tw-passagedata' && open) {
          let passageName = attributes['name'] ?? '';
          if (passageName.trim() === '') {
            passageName = `Untitled passage ${line}`;
            notes.push({
              severity: 'warning',
              code: 'twine-metadata',
              message: `a passage has no name; it is called "${passageName}"`,
              line,
            });
          }
          const position = parsePosition(attributes['position']);
          if (attributes['position'] !== undefined && !position) {
            notes.push({
              severity: 'warning',
              code: 'twine-metadata',
              message: `the position "${attributes['position']}" of passage "${passageName}" is not "x,y"; it is ignored`,
              line,
            });
          }
          const tags = (attributes['tags'] ?? '').split(/\s+/).filter((t) => t !== '');
          passage = {
            value: { name: passageName, tags, text: '', line, textLine: line, ...(position ? { position } : {}) },
            ...(attributes['pid'] ? { pid: attributes['pid'] } : {}),
          };
        }
      },
      ontext(text) {
        if (passage) passage.value.text += text;
      },
      onclosetag(name) {
        const story: OpenStory | null = open;
        if (name === 'tw-passagedata' && passage && story) {
          const { value, pid } = passage;
          passage = null;
          const first = story.names.get(value.name);
          if (first !== undefined) {
            notes.push({
              severity: 'warning',
              code: 'twine-duplicate-passage',
              message: `a second passage named "${value.name}" (the first is at line ${first}); the first is kept`,
              line: value.line,
            });
            return;
          }
          story.names.set(value.name, value.line);
          if (pid !== undefined) story.pids.set(pid, value.name);
          story.story.passages.push(value);
        } else if (name === 'tw-storydata' && story) {
          const start = story.startPid !== undefined ? story.pids.get(story.startPid) : undefined;
          if (story.startPid !== undefined && start === undefined) {
            notes.push({
              severity: 'warning',
              code: 'twine-metadata',
              message: `the start passage (pid ${story.startPid}) is not in the story; the first passage starts`,
              line: story.story.line,
            });
          }
          const startName = start ?? story.story.passages[0]?.name;
          if (startName !== undefined) story.story.start = startName;
          stories.push(story.story);
          open = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(source);
  if (stories.length === 0)
    return {
      ok: false,
      message: 'not a Twine story: the HTML has no <tw-storydata> element (a Twine 2 archive or published story has one)',
      line: 1,
    };
  return { ok: true, stories, notes };
}
