/**
 * Twee source into stories, as the Twee 3 specification (iftechfoundation/twine-specs, twee-3-specification.md)
 * reads it, and Twine 1-era Twee with it: `:: Name [tags] {metadata}` headers, `StoryTitle` and `StoryData`
 * special passages, backslash escapes in names and tags. What the specification says to tolerate is tolerated
 * with a note: a StoryData or passage metadata block that is not JSON (a warning, the block dropped), a file with
 * no StoryData (Twine 1: the passage named `Start` starts), a byte order mark, a duplicate passage name (the
 * first kept). Written by hand: no maintained Twee parser exists for the browser without Node's file APIs.
 */
import type { ParsedTwine, TwineNote, TwinePassage, TwineStory } from './twine-story.types';

interface Header {
  name: string;
  tags: string[];
  metadata?: string;
  /** Set when the header is cut off (an unclosed tag block). */
  problem?: string;
}

/** Splits a header line (without its `::`) into name, tags and metadata, honouring backslash escapes. */
function parseHeader(rest: string): Header {
  let name = '';
  let i = 0;
  for (; i < rest.length; i++) {
    const c = rest[i] as string;
    if (c === '\\' && i + 1 < rest.length) name += rest[++i];
    else if (c === '[' || c === '{') break;
    else name += c;
  }
  const header: Header = { name: name.trim(), tags: [] };
  if (rest[i] === '[') {
    let tags = '';
    for (i++; i < rest.length && rest[i] !== ']'; i++) tags += rest[i] === '\\' && i + 1 < rest.length ? rest[++i] : rest[i];
    if (i >= rest.length) header.problem = 'its tag block "[" is never closed';
    else i++;
    header.tags = tags.split(/\s+/).filter((t) => t !== '');
  }
  const tail = rest.slice(i).trim();
  if (tail.startsWith('{')) header.metadata = tail;
  return header;
}

function parsePosition(value: unknown): { x: number; y: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const [x, y] = value.split(',').map((part) => Number(part.trim()));
  return x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined;
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** Reads Twee (3, or Twine 1-era) into its one story; a file with no passage header is not Twee. */
export function parseTwee(source: string): ParsedTwine {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const notes: TwineNote[] = [];
  const passages: TwinePassage[] = [];
  const seen = new Map<string, number>();
  let current: { passage: TwinePassage; body: string[] } | null = null;
  let title: string | undefined;
  let data: Record<string, unknown> | undefined;

  const close = (): void => {
    if (!current) return;
    while (current.body.length > 0 && (current.body[current.body.length - 1] as string).trim() === '') current.body.pop();
    current.passage.text = current.body.join('\n');
    const { passage } = current;
    current = null;
    if (passage.name === 'StoryTitle') title = passage.text.trim();
    else if (passage.name === 'StoryData') {
      data = parseJsonObject(passage.text);
      if (!data)
        notes.push({
          severity: 'warning',
          code: 'twine-metadata',
          message: 'the StoryData passage is not a JSON object; it is ignored',
          line: passage.line,
        });
    } else if (seen.has(passage.name)) {
      notes.push({
        severity: 'warning',
        code: 'twine-duplicate-passage',
        message: `a second passage named "${passage.name}" (the first is at line ${seen.get(passage.name)}); the first is kept`,
        line: passage.line,
      });
    } else {
      seen.set(passage.name, passage.line);
      passages.push(passage);
    }
  };

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (!line.startsWith('::')) {
      current?.body.push(line);
      return;
    }
    close();
    const header = parseHeader(line.slice(2));
    if (header.problem)
      notes.push({
        severity: 'warning',
        code: 'twine-metadata',
        message: `the passage header is cut off: ${header.problem}; its tags are read up to the end of the line`,
        line: lineNo,
      });
    let position: { x: number; y: number } | undefined;
    if (header.metadata !== undefined) {
      const metadata = parseJsonObject(header.metadata);
      if (!metadata)
        notes.push({
          severity: 'warning',
          code: 'twine-metadata',
          message: 'the passage metadata is not a JSON object; it is ignored',
          line: lineNo,
        });
      else position = parsePosition(metadata['position']);
    }
    const name = header.name === '' ? `Untitled passage ${lineNo}` : header.name;
    if (header.name === '')
      notes.push({
        severity: 'warning',
        code: 'twine-metadata',
        message: `the passage header has no name; it is called "${name}"`,
        line: lineNo,
      });
    current = {
      passage: { name, tags: header.tags, text: '', line: lineNo, textLine: lineNo + 1, ...(position ? { position } : {}) },
      body: [],
    };
  });
  close();

  if (passages.length === 0 && title === undefined && data === undefined) {
    return { ok: false, message: 'not a Twine story: no ":: Passage" header (Twee) and no <tw-storydata> element (Twine 2 HTML)', line: 1 };
  }
  const start = text(data?.['start']) ?? (passages.some((p) => p.name === 'Start') ? 'Start' : passages[0]?.name);
  const story: TwineStory = {
    name: title ?? '',
    passages,
    line: 1,
    ...(text(data?.['ifid']) ? { ifid: data?.['ifid'] as string } : {}),
    ...(text(data?.['format']) ? { format: data?.['format'] as string } : {}),
    ...(text(data?.['format-version']) ? { formatVersion: data?.['format-version'] as string } : {}),
    ...(start !== undefined ? { start } : {}),
  };
  return { ok: true, stories: [story], notes };
}
