import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownLine } from './markdown';

/** The text with every backslash escape blanked out: what is left must be plain characters. */
const unescaped = (md: string): string => md.replace(/\\[\s\S]/g, ' ');

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['2) nor this', '2\\) nor this'],
    ['- nor this', '\\- nor this'],
    ['+ nor this', '\\+ nor this'],
    ['=== nor an underline', '\\=== nor an underline'],
    ['**bold** _it_ `code` ~~x~~ | $m$', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~ \\| \\$m\\$'],
    ['&amp; & &#65; stay as typed', '\\&amp; & \\&\\#65; stay as typed'],
    ['a \\ backslash', 'a \\\\ backslash'],
    ['see https://x.org, www.x.org or me@x.org', 'see https\\://x.org, www\\.x.org or me\\@x.org'],
    ["Quark's Bar: 3 bars, 2 strips.", "Quark's Bar: 3 bars, 2 strips."],
    ["クワークの店 🖖 Qapla'!", "クワークの店 🖖 Qapla'!"],
  ])('keeps %s literal as %s', (text, md) => {
    expect(escapeMarkdown(text)).toBe(md);
  });

  it('turns line breaks into hard breaks at the given indent, escaping each line’s start', () => {
    expect(escapeMarkdown('one\r\n\n  # two\n- three', '   ')).toBe('one\\\n   \\# two\\\n   \\- three');
  });

  it('gives blank text no lines at all', () => {
    expect(escapeMarkdown(' \n\t\n')).toBe('');
  });

  it('never leaves a character that could open a link, tag, emphasis, code or block, for any text', () => {
    const text = fc.string({
      unit: fc.constantFrom(...'\\`*_[]<>#|~$@&;:/.-+=!()0123456789 \n\rhtpwm'.split(''), 'www.', 'http://', '1. ', '&amp;'),
    });
    fc.assert(
      fc.property(text, (t) => {
        const md = escapeMarkdown(t, '  ');
        const rest = unescaped(md);
        expect(rest).not.toMatch(/[`*_[\]<>#|~$@]|&#?[A-Za-z0-9]+;|[a-z]:\/|(mailto|xmpp):|www\./i);
        for (const line of md.split('\n')) expect(line.trimStart()).not.toMatch(/^([-+=]|\d{1,9}[.)])/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('escapeMarkdownLine', () => {
  it('puts every line of the text on one line, for headings', () => {
    expect(escapeMarkdownLine('Act 1:\n# Arrival')).toBe('Act 1: \\# Arrival');
  });
});
