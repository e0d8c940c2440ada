/**
 * A Twine story as the importer reads it, whatever file it came from (Twee 3, Twine 1-era Twee, a Twine 2
 * archive or published `.html`): the shape both parsers produce and `storyToMission` consumes.
 */

/** One passage: its name, tags, text and, when the file gave them, its place on Twine's story map. */
export interface TwinePassage {
  name: string;
  tags: string[];
  text: string;
  position?: { x: number; y: number };
  /** The line of the file where the passage starts (its Twee header or its `<tw-passagedata>` tag). */
  line: number;
  /** The line where the passage's text starts. */
  textLine: number;
}

/** One story. */
export interface TwineStory {
  /** Empty when the file names no story (Twine 1-era Twee has no StoryTitle). */
  name: string;
  ifid?: string;
  /** The story format (Harlowe, SugarCube, Chapbook, ...) when the file names one. */
  format?: string;
  formatVersion?: string;
  /** The name of the passage the story starts at, when the file says. */
  start?: string;
  passages: TwinePassage[];
  /** The line of the file where the story starts. */
  line: number;
}

/** What a parser noticed that does not stop the import: a warning or an info note at a line of the file. */
export interface TwineNote {
  severity: 'warning' | 'info';
  code: TwineNoteCode;
  message: string;
  line: number;
}

/** Codes of the importer's and the Twee exporter's notes (a public contract, like every diagnostic code). */
export type TwineNoteCode =
  'twine-metadata' | 'twine-duplicate-passage' | 'twine-macro' | 'twine-condition' | 'twine-skipped-passage' | 'twine-other-stories';

/** The stories a file holds and what the parser noticed, or the one reason it is not a Twine story. */
export type ParsedTwine = { ok: true; stories: TwineStory[]; notes: TwineNote[] } | { ok: false; message: string; line: number };
