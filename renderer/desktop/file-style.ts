import { applyTextStyle, detectTextStyle, normalizeText } from '@mission-studio/core/format';
import type { FileRef } from '../state/editor-store';

/** A document as the host read it: from disk, a backup, or the bundled mission. */
interface ReadDocument {
  name: string;
  path?: string | undefined;
  text: string;
}

/**
 * What the editor opens for a document: its FileRef, remembering the file's line endings and byte order mark,
 * and its text as the app works with it (LF, no BOM; lines and columns are the same), so the source view, the
 * positions of problems and the text diffs never meet a carriage return.
 */
export function openedFile(doc: ReadDocument): { file: FileRef; text: string } {
  const textStyle = detectTextStyle(doc.text);
  const file: FileRef = doc.path === undefined ? { name: doc.name, textStyle } : { name: doc.name, path: doc.path, textStyle };
  return { file, text: normalizeText(doc.text) };
}

/** The text to write for the document: in the style of the file it was opened from (LF without a BOM for a new one). */
export function textInFileStyle(text: string, file: FileRef | null): string {
  return applyTextStyle(text, file?.textStyle);
}

/** The FileRef after saving as `saved`: the new name and path, the style the text was written in. */
export function savedFileRef(saved: { name: string; path?: string | undefined }, previous: FileRef | null): FileRef {
  const file: FileRef = saved.path === undefined ? { name: saved.name } : { name: saved.name, path: saved.path };
  return previous?.textStyle ? { ...file, textStyle: previous.textStyle } : file;
}
