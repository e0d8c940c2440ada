import type { Diagnostic } from '../validate/diagnostic.types';
import { locatePointers, pointerAndAncestors, spanForPointer } from './json-syntax';
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

/** Fills in `range` (line, column, offset, length) on each diagnostic from its JSON pointer, in one pass. */
export function locateDiagnostics(text: string, diagnostics: Diagnostic[]): Diagnostic[] {
  // Nothing to place (an oversized file's one error is placed already): never scan a text it need not read.
  if (diagnostics.every((d) => d.range)) return diagnostics;
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
