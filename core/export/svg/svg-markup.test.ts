import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, num, xml } from './svg-markup';

describe('xml', () => {
  it('escapes markup, so a hostile title reads as text', () => {
    expect(xml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml('"><img onerror=x>')).toBe('&quot;&gt;&lt;img onerror=x&gt;');
    expect(xml("Quark's & Odo's")).toBe('Quark&#39;s &amp; Odo&#39;s');
  });

  it('never leaves a character that could open markup or end an attribute', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(xml(text)).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|#39);)/);
      }),
    );
  });
});

describe('cleanText', () => {
  it('removes what XML 1.0 cannot carry and keeps tabs, line breaks and astral characters', () => {
    expect(cleanText('a\u0000b\u0007c\u001Fd\u0085e\uFFFEf')).toBe('abcdef');
    expect(cleanText('tab\there\nnew\rline')).toBe('tab\there\nnew\rline');
    expect(cleanText('\uD83D\uDE80 \uD83D lone')).toBe('\uD83D\uDE80  lone');
  });

  it('leaves only characters XML 1.0 allows', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        for (const c of cleanText(text)) {
          const code = c.codePointAt(0) as number;
          const allowed =
            code === 0x9 ||
            code === 0xa ||
            code === 0xd ||
            (code >= 0x20 && code <= 0xd7ff) ||
            (code >= 0xe000 && code <= 0xfffd) ||
            code >= 0x10000;
          expect(allowed).toBe(true);
        }
      }),
    );
  });
});

describe('num', () => {
  it('writes at most two decimals and no negative zero', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
    expect(num(1200)).toBe('1200');
  });
});
