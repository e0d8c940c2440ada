import { createScanner } from 'jsonc-parser';
import { ScanError, SyntaxKind } from './json-tokens';

/** Where a piece of the text is: offset and length in UTF-16 units. */
export interface TextSpan {
  offset: number;
  length: number;
}

/** A JSON syntax error at a place in the text. */
export interface JsonSyntaxError extends TextSpan {
  message: string;
}

// Both walkers below are iterative on purpose: jsonc-parser's own parse functions recurse once per nesting
// level, and a hostile file with 100,000 levels would overflow the stack. Its scanner does not recurse.

const SCAN_ERRORS: Record<number, string | undefined> = {
  [ScanError.InvalidUnicode]: 'invalid unicode escape',
  [ScanError.InvalidEscapeCharacter]: 'invalid escape character in string',
  [ScanError.UnexpectedEndOfNumber]: 'number ends unexpectedly',
  [ScanError.UnexpectedEndOfComment]: 'comment is not closed',
  [ScanError.UnexpectedEndOfString]: 'string is not closed',
  [ScanError.InvalidCharacter]: 'invalid character (control characters must be escaped)',
};

type Frame = 'object' | 'array';
type Expect = 'value' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'value-or-close' | 'end';

/** Finds the first syntax error of strict JSON (no comments, no trailing commas), or null when there is none. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const scanner = createScanner(text, false);
  const stack: Frame[] = [];
  let expect: Expect = 'value';
  let afterComma = false;
  const fail = (message: string, offset = scanner.getTokenOffset()): JsonSyntaxError => ({
    message,
    offset,
    length: Math.max(1, scanner.getTokenLength()),
  });
  // The scanner blames a whole string token for a raw control character; point at the character itself.
  const firstControlCharacter = (): number => {
    const start = scanner.getTokenOffset();
    for (let i = start + 1; i < start + scanner.getTokenLength(); i++) if (text.charCodeAt(i) < 0x20) return i;
    return start;
  };
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close');
  for (;;) {
    const kind = scanner.scan();
    const scanError = scanner.getTokenError();
    if (scanError === ScanError.InvalidCharacter && kind === SyntaxKind.StringLiteral) {
      return fail(SCAN_ERRORS[scanError] ?? 'invalid character', firstControlCharacter());
    }
    if (scanError === ScanError.UnexpectedEndOfString) {
      const end = scanner.getTokenOffset() + scanner.getTokenLength();
      if (text[end] === '\n' || text[end] === '\r')
        return fail('string is not closed before the line ends (write \\n for a line break)', end);
    }
    if (scanError !== ScanError.None) return fail(SCAN_ERRORS[scanError] ?? 'invalid token');
    if (kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia) continue;
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      return fail('comments are not allowed in JSON');
    }
    if (kind === SyntaxKind.EOF) {
      if (expect === 'end') return null;
      return { message: 'unexpected end of file: the JSON is incomplete', offset: text.length, length: 0 };
    }
    const isValue =
      kind === SyntaxKind.StringLiteral ||
      kind === SyntaxKind.NumericLiteral ||
      kind === SyntaxKind.TrueKeyword ||
      kind === SyntaxKind.FalseKeyword ||
      kind === SyntaxKind.NullKeyword;
    const commaBefore = afterComma;
    afterComma = kind === SyntaxKind.CommaToken;
    switch (expect) {
      case 'end':
        return fail('unexpected text after the end of the JSON value');
      case 'value':
      case 'value-or-close':
        if (kind === SyntaxKind.CloseBracketToken && expect === 'value-or-close') {
          stack.pop();
          expect = afterValue();
        } else if (kind === SyntaxKind.OpenBraceToken) {
          stack.push('object');
          expect = 'key-or-close';
        } else if (kind === SyntaxKind.OpenBracketToken) {
          stack.push('array');
          expect = 'value-or-close';
        } else if (isValue) {
          expect = afterValue();
        } else if (kind === SyntaxKind.CloseBracketToken || kind === SyntaxKind.CloseBraceToken) {
          return fail(commaBefore ? 'a value is missing after the comma (trailing comma?)' : 'expected a value');
        } else {
          return fail(`expected a value, found '${scanner.getTokenValue()}'`);
        }
        break;
      case 'key':
      case 'key-or-close':
        if (kind === SyntaxKind.StringLiteral) expect = 'colon';
        else if (kind === SyntaxKind.CloseBraceToken && expect === 'key-or-close') {
          stack.pop();
          expect = afterValue();
        } else if (kind === SyntaxKind.CloseBraceToken) return fail('a property is missing here (trailing comma?)');
        else return fail('expected a property name in double quotes');
        break;
      case 'colon':
        if (kind !== SyntaxKind.ColonToken) return fail("expected ':' after the property name");
        expect = 'value';
        break;
      case 'comma-or-close': {
        const top = stack[stack.length - 1];
        if (kind === SyntaxKind.CommaToken) expect = top === 'object' ? 'key' : 'value';
        else if (kind === SyntaxKind.CloseBraceToken && top === 'object') {
          stack.pop();
          expect = afterValue();
        } else if (kind === SyntaxKind.CloseBracketToken && top === 'array') {
          stack.pop();
          expect = afterValue();
        } else return fail(top === 'object' ? "expected ',' or '}'" : "expected ',' or ']'");
        break;
      }
    }
  }
}

interface LocateFrame {
  kind: Frame;
  pointer: string;
  index: number;
  key: string;
}

/** Escapes one JSON pointer segment (RFC 6901). */
function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Finds the spans of the values at the given JSON pointers, in one pass over the text. A pointer whose value
 * is not in the text is left out; callers fall back to its nearest located ancestor.
 */
export function locatePointers(text: string, pointers: Iterable<string>): Map<string, TextSpan> {
  const wanted = new Set(pointers);
  const found = new Map<string, TextSpan>();
  if (wanted.size === 0) return found;
  // The containers worth walking into: those that are or hold a wanted pointer. The rest are stepped over at
  // the character level, so a few warnings in a 600 KB file cost a scan of its characters, not a pointer string
  // for every value in it.
  const within = new Set<string>();
  for (const pointer of wanted) for (const p of pointerAndAncestors(pointer)) within.add(p);
  const scanner = createScanner(text, false);
  const stack: LocateFrame[] = [];
  let pendingKey: string | null = null;
  // The pointer of the value that starts at the next value token.
  const nextPointer = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (top.kind === 'array') return `${top.pointer}/${top.index}`;
    return `${top.pointer}/${escapePointerSegment(pendingKey ?? '')}`;
  };
  const open: Array<{ pointer: string; offset: number }> = [];
  let expectKey = false;
  for (;;) {
    const kind = scanner.scan();
    if (kind === SyntaxKind.EOF || scanner.getTokenError() !== ScanError.None) break;
    const offset = scanner.getTokenOffset();
    switch (kind) {
      case SyntaxKind.OpenBraceToken:
      case SyntaxKind.OpenBracketToken: {
        const pointer = nextPointer();
        if (!within.has(pointer)) {
          const end = containerEnd(text, offset);
          if (end < 0) return found;
          scanner.setPosition(end + 1);
          expectKey = false;
          break;
        }
        open.push({ pointer, offset });
        stack.push({ kind: kind === SyntaxKind.OpenBraceToken ? 'object' : 'array', pointer, index: 0, key: '' });
        expectKey = kind === SyntaxKind.OpenBraceToken;
        break;
      }
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken: {
        stack.pop();
        const start = open.pop();
        if (start && wanted.has(start.pointer)) {
          found.set(start.pointer, { offset: start.offset, length: offset + 1 - start.offset });
        }
        expectKey = false;
        break;
      }
      case SyntaxKind.CommaToken: {
        const top = stack[stack.length - 1];
        if (top?.kind === 'array') top.index++;
        expectKey = top?.kind === 'object';
        break;
      }
      case SyntaxKind.ColonToken:
        expectKey = false;
        break;
      case SyntaxKind.StringLiteral:
      case SyntaxKind.NumericLiteral:
      case SyntaxKind.TrueKeyword:
      case SyntaxKind.FalseKeyword:
      case SyntaxKind.NullKeyword:
        if (expectKey && kind === SyntaxKind.StringLiteral) {
          pendingKey = scanner.getTokenValue();
          expectKey = false;
        } else {
          const pointer = nextPointer();
          if (wanted.has(pointer)) found.set(pointer, { offset, length: scanner.getTokenLength() });
        }
        break;
      default:
        break;
    }
  }
  return found;
}

/**
 * The offset of the bracket that closes the object or array opening at `start`, or -1 when the text ends first.
 * A plain character loop: strings are stepped over (escapes included), so brackets inside them do not count.
 */
function containerEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) depth++;
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The span for a pointer, or for its nearest located ancestor (the root at worst). */
export function spanForPointer(spans: Map<string, TextSpan>, pointer: string): TextSpan {
  let p = pointer;
  for (;;) {
    const span = spans.get(p);
    if (span) return span;
    if (p === '') return { offset: 0, length: 0 };
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** All the ancestors of a pointer and itself, so `locatePointers` can fall back to the nearest one. */
export function pointerAndAncestors(pointer: string): string[] {
  const out = [pointer];
  let p = pointer;
  while (p !== '') {
    p = p.slice(0, p.lastIndexOf('/'));
    out.push(p);
  }
  return out;
}
