import { describe, expect, it } from 'vitest';
import { openedFile, savedFileRef, textInFileStyle } from './file-style';

const lf = '{\n  "format": "mission-studio/1"\n}\n';
const windows = '\uFEFF{\r\n  "format": "mission-studio/1"\r\n}\r\n';

describe('openedFile', () => {
  it('opens a Windows file as LF text without a byte order mark, remembering its style', () => {
    expect(openedFile({ name: 'a.mission.json', path: '/m/a.mission.json', text: windows })).toEqual({
      file: { name: 'a.mission.json', path: '/m/a.mission.json', textStyle: { lineEnding: 'crlf', bom: true } },
      text: lf,
    });
  });

  it("leaves an LF file's text as it is, and a document without a path without one", () => {
    const opened = openedFile({ name: 'b.mission.json', text: lf });
    expect(opened.text).toBe(lf);
    expect(opened.file).toEqual({ name: 'b.mission.json', textStyle: { lineEnding: 'lf', bom: false } });
  });
});

describe('textInFileStyle', () => {
  it('writes the text back in the style the file was opened in, byte for byte', () => {
    const { file, text } = openedFile({ name: 'a.mission.json', text: windows });
    expect(textInFileStyle(text, file)).toBe(windows);
  });

  it('writes LF without a byte order mark for a file with no known style', () => {
    expect(textInFileStyle(lf, { name: 'new.mission.json' })).toBe(lf);
    expect(textInFileStyle(lf, null)).toBe(lf);
  });
});

describe('savedFileRef', () => {
  it('takes the saved name and path and keeps the style the file was written in', () => {
    const style = { lineEnding: 'crlf' as const, bom: false };
    expect(savedFileRef({ name: 'c.mission.json', path: '/m/c.mission.json' }, { name: 'a.mission.json', textStyle: style })).toEqual({
      name: 'c.mission.json',
      path: '/m/c.mission.json',
      textStyle: style,
    });
    expect(savedFileRef({ name: 'c.mission.json' }, null)).toEqual({ name: 'c.mission.json' });
  });
});
