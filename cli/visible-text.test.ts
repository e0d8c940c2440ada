import { describe, expect, it } from 'vitest';
import { visibleText } from './visible-text';

describe('visibleText', () => {
  it('shows escape sequences, OSC 52 clipboard writes and carriage returns as escapes', () => {
    expect(visibleText('a\u001b[2Jb\u001b]52;c;cHduZWQ=\u0007c\rd')).toBe('a\\u001b[2Jb\\u001b]52;c;cHduZWQ=\\u0007c\\u000dd');
  });

  it('shows DEL, C1 controls and bidi overrides', () => {
    expect(visibleText('\u007f\u009b31m\u202eevil')).toBe('\\u007f\\u009b31m\\u202eevil');
  });

  it('keeps newlines, tabs and ordinary text, accents and emoji included', () => {
    expect(visibleText('Quark:\tWhat will it be?\nCafé 🖖')).toBe('Quark:\tWhat will it be?\nCafé 🖖');
  });

  it('keeps JSON output valid JSON that reads back as the same text', () => {
    const line = JSON.stringify({ text: 'x\u009by\u202ez' });
    expect(JSON.parse(visibleText(line))).toEqual({ text: 'x\u009by\u202ez' });
  });
});
