import type { Diagnostic } from '../validate/diagnostic.types';
import { locatePointers, pointerAndAncestors, spanForPointer } from './json-syntax';
import { hasBom } from './line-endings';
import { LineIndex } from './line-index';

// Maps an offset inside a JSON string's value to the raw text, stepping over escapes such as \" and \u00e9.
function rawOffsetInString(text: string, tokenOffset: number, valueOffset: number): number {
  let raw = tokenOffset + 1; // after the opening quote
  for (let decoded = 0; decoded < valueOffset && raw < text.length; decoded++) {
    if (text[raw] === '\\') raw += text[raw + 1] === 'u' ? 6 : 2;
    else raw += 1;
  }
  return raw;
}

// One past the byte order mark: offsets index the text as read, mark included; lines and columns do not count
// it (editors hide it, so a file's `{` is still at 1:1).
const pastByteOrderMark = (d: Diagnostic): Diagnostic => (d.range ? { ...d, range: { ...d.range, offset: d.range.offset + 1 } } : d);

/** Diagnostics located in a text's content, moved to the whole text when it starts with a byte order mark. */
export function inTextWithBom(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.map(pastByteOrderMark);
}

/**
 * Fills in `range` (line, column, offset, length) on each diagnostic from its JSON pointer, in one pass. The text
 * may start with a byte order mark: offsets then count it, lines and columns do not.
 */
export function locateDiagnostics(text: string, diagnostics: Diagnostic[]): Diagnostic[] {
  // Nothing to place (an oversized file's one error is placed already): never scan a text it need not read.
  if (diagnostics.every((d) => d.range)) return diagnostics;
  if (hasBom(text)) {
    const located = locateDiagnostics(text.slice(1), diagnostics);
    return located.map((d, i) => (diagnostics[i]?.range ? d : pastByteOrderMark(d)));
  }
  const wanted = new Set<string>();
  for (const d of diagnostics) for (const p of pointerAndAncestors(d.path)) wanted.add(p);
  const spans = locatePointers(text, wanted);
  const lines = new LineIndex(text);
  return diagnostics.map((d) => {
    if (d.range) return d;
    const span = spanForPointer(spans, d.path);
    let offset = span.offset;
    let length = span.length;
    if (d.innerOffset !== undefined && spans.has(d.path) && text[span.offset] === '"') {
      offset = rawOffsetInString(text, span.offset, d.innerOffset);
      length = 1;
    }
    return { ...d, range: { offset, length, ...lines.at(offset) } };
  });
}
