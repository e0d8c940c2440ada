import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallMission } from '../test-support/mission-builder';
import { applyTextStyle, BOM, detectTextStyle, normalizeText, type TextStyle } from './line-endings';
import { serializeMission } from './serialize';

describe('detectTextStyle', () => {
  it('tells LF from CRLF and sees a byte order mark', () => {
    expect(detectTextStyle('{\n  "a": 1\n}\n')).toEqual({ lineEnding: 'lf', bom: false });
    expect(detectTextStyle(`${BOM}{\r\n  "a": 1\r\n}\r\n`)).toEqual({ lineEnding: 'crlf', bom: true });
  });

  it('goes with the majority when a file mixes line endings', () => {
    expect(detectTextStyle('a\r\nb\r\nc\nd')).toEqual({ lineEnding: 'crlf', bom: false });
    expect(detectTextStyle('a\r\nb\nc\nd')).toEqual({ lineEnding: 'lf', bom: false });
  });

  it('calls a tie, or a text with no line break, LF', () => {
    expect(detectTextStyle('a\r\nb\nc').lineEnding).toBe('lf');
    expect(detectTextStyle('{}').lineEnding).toBe('lf');
    expect(detectTextStyle('').lineEnding).toBe('lf');
  });

  it('does not take a lone carriage return for a line ending', () => {
    expect(detectTextStyle('a\rb\rc\nd').lineEnding).toBe('lf');
  });
});

describe('normalizeText', () => {
  it('drops the byte order mark and turns CRLF into LF', () => {
    expect(normalizeText(`${BOM}{\r\n  "a": "x"\r\n}\r\n`)).toBe('{\n  "a": "x"\n}\n');
    expect(normalizeText(`${BOM}{}`)).toBe('{}');
    expect(normalizeText('{}')).toBe('{}');
  });
});

describe('applyTextStyle', () => {
  const text = serializeMission(smallMission());

  it("writes the serializer's LF text with CRLF and a BOM, and back", () => {
    const windows = applyTextStyle(text, { lineEnding: 'crlf', bom: true });
    expect(windows.startsWith(`${BOM}{\r\n  "format"`)).toBe(true);
    expect(windows.endsWith('}\r\n')).toBe(true);
    expect(windows.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(applyTextStyle(windows, { lineEnding: 'lf', bom: false })).toBe(text);
  });

  it('leaves text that is already in the style alone, and never doubles a carriage return', () => {
    const style: TextStyle = { lineEnding: 'crlf', bom: true };
    const once = applyTextStyle(text, style);
    expect(applyTextStyle(once, style)).toBe(once);
  });

  it('gives the detected style back, and the text back once normalized, for any text and style', () => {
    const line = fc.stringMatching(/^[^\r\n\uFEFF]{0,8}$/);
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8 }),
        fc.constantFrom('lf' as const, 'crlf' as const),
        fc.boolean(),
        (lines, lineEnding, bom) => {
          const lf = lines.join('\n');
          const styled = applyTextStyle(lf, { lineEnding, bom });
          expect(normalizeText(styled)).toBe(lf);
          const detected = detectTextStyle(styled);
          expect(detected.bom).toBe(bom);
          if (lines.length > 1) expect(detected.lineEnding).toBe(lineEnding);
        },
      ),
    );
  });
});
