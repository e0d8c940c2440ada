/**
 * `importTwine(text)`: a Twee or Twine 2 HTML file in, a mission and its import notes out, or the one reason the
 * file is not a Twine story (with its line). Bounded: a file past `MAX_IMPORT_CHARS`, or one holding NUL bytes
 * (binary), is refused before any parsing.
 */
import type { Mission } from '../../format/mission.types';
import type { Diagnostic } from '../../validate/diagnostic.types';
import { parseTwee } from './parse-twee';
import { parseTwineHtml } from './parse-twine-html';
import { storyToMission } from './story-to-mission';
import type { TwineNote } from './twine-story.types';

/** The largest file the importer reads: 10 million characters, far past any Twine story without embedded media. */
export const MAX_IMPORT_CHARS = 10_000_000;

/** A note of the import: a diagnostic (located in the mission by `path`) and the line of the Twine file it is about. */
export type ImportDiagnostic = Diagnostic & { sourceLine: number };

/** What an import gives: the mission, its notes, the story read and the other stories of the file. */
export type TwineImport =
  | { ok: true; mission: Mission; diagnostics: ImportDiagnostic[]; story: string; otherStories: string[] }
  | { ok: false; message: string; line: number };

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function toDiagnostic(note: TwineNote & { nodeId?: string }, mission: Mission): ImportDiagnostic {
  const index = note.nodeId === undefined ? -1 : mission.nodes.findIndex((n) => n.id === note.nodeId);
  return {
    code: note.code,
    severity: note.severity,
    message: note.message,
    path: index >= 0 ? `/nodes/${index}` : '',
    ...(note.nodeId !== undefined && index >= 0 ? { nodeId: note.nodeId } : {}),
    sourceLine: note.line,
  };
}

/** Whether the text looks like HTML (its first non-blank character opens a tag) rather than Twee. */
function isHtml(text: string): boolean {
  return /^\s*</.test(text);
}

/**
 * Reads a Twine story file; `story` picks one story of an archive by name (the first by default); `fallbackName`
 * names a story whose file does not (the file's name, say).
 */
export function importTwine(text: string, options: { story?: string; fallbackName?: string } = {}): TwineImport {
  if (text.length > MAX_IMPORT_CHARS) {
    return {
      ok: false,
      line: 1,
      message: `the file is ${(text.length / 1_000_000).toFixed(1)} million characters; the importer reads Twine stories up to ${MAX_IMPORT_CHARS / 1_000_000} million`,
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    return { ok: false, line: lineAt(text, nul), message: 'not a Twine story: the file holds binary data (a NUL byte), not text' };
  const parsed = isHtml(text) ? parseTwineHtml(text) : parseTwee(text);
  if (!parsed.ok) return parsed;
  for (const s of parsed.stories) if (s.name === '') s.name = options.fallbackName?.trim() || 'Untitled story';
  const wanted = options.story;
  const story = wanted === undefined ? parsed.stories[0] : parsed.stories.find((s) => s.name === wanted);
  if (!story)
    return {
      ok: false,
      line: 1,
      message: `the file has no story named "${wanted}"; it has ${parsed.stories.map((s) => `"${s.name}"`).join(', ')}`,
    };
  const others = parsed.stories.filter((s) => s !== story).map((s) => s.name);
  const { mission, notes } = storyToMission(story);
  // Notes about other stories' lines do not concern the story read.
  const end = parsed.stories[parsed.stories.indexOf(story) + 1]?.line ?? Infinity;
  const own = parsed.notes.filter((n) => n.line >= story.line && n.line < end);
  const all: Array<TwineNote & { nodeId?: string }> = [...own, ...notes];
  if (others.length > 0) {
    all.push({
      severity: 'info',
      code: 'twine-other-stories',
      line: story.line,
      message: `the file holds ${others.length + 1} stories; "${story.name}" was imported, the others are ${others.map((s) => `"${s}"`).join(', ')} (pick one with --story NAME)`,
    });
  }
  return { ok: true, mission, diagnostics: all.map((n) => toDiagnostic(n, mission)), story: story.name, otherStories: others };
}
