import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isCommandId,
  isEmptyPayload,
  MAX_MISSION_SIZE,
  parseBackupRef,
  parseBackupWrite,
  parseDocumentState,
  parseExportRequest,
  parseExternalUrl,
  parseMenuState,
  parseNativeEditAction,
  parsePath,
  parseSaveBeforeCloseAnswer,
  parseSaveRequest,
} from './ipc-contract';

describe('parseExportRequest', () => {
  it('accepts text or bytes with a plain suggested name and a short extension', () => {
    expect(parseExportRequest({ suggestedName: 'a.html', data: '<p>', extension: 'html' })).toEqual({
      suggestedName: 'a.html',
      data: '<p>',
      extension: 'html',
    });
    const bytes = new Uint8Array([1, 2]);
    expect(parseExportRequest({ suggestedName: 'a.png', data: bytes, extension: 'png' })?.data).toBe(bytes);
  });

  it('refuses a path in the name, a strange extension, other data and extra keys', () => {
    expect(parseExportRequest({ suggestedName: '../a.html', data: '', extension: 'html' })).toBeNull();
    expect(parseExportRequest({ suggestedName: 'a.html', data: '', extension: 'ht ml' })).toBeNull();
    expect(parseExportRequest({ suggestedName: 'a.html', data: 42, extension: 'html' })).toBeNull();
    expect(parseExportRequest({ suggestedName: 'a.html', data: '', extension: 'html', path: '/etc/x' })).toBeNull();
    expect(parseExportRequest(null)).toBeNull();
  });
});

describe('parseSaveRequest', () => {
  it('accepts text alone, text with a path, and text with a suggested name', () => {
    expect(parseSaveRequest({ text: '{}' })).toEqual({ text: '{}' });
    expect(parseSaveRequest({ text: '{}', path: '/home/a/x.mission.json' })).toEqual({ text: '{}', path: '/home/a/x.mission.json' });
    expect(parseSaveRequest({ text: '', suggestedName: 'x.mission.json' })).toEqual({ text: '', suggestedName: 'x.mission.json' });
  });

  it('accepts the overwrite and copy flags as booleans only', () => {
    expect(parseSaveRequest({ text: '', path: '/a.json', overwriteChanged: true })).toEqual({
      text: '',
      path: '/a.json',
      overwriteChanged: true,
    });
    expect(parseSaveRequest({ text: '', copy: false })).toEqual({ text: '', copy: false });
    expect(parseSaveRequest({ text: '', copy: 'yes' })).toBeNull();
    expect(parseSaveRequest({ text: '', overwriteChanged: 1 })).toBeNull();
  });

  it('refuses payloads that are not plain objects', () => {
    for (const value of [null, undefined, 'text', 42, [], [{ text: '' }]]) expect(parseSaveRequest(value)).toBeNull();
  });

  it('refuses a missing or non-string text, and text beyond the size limit', () => {
    expect(parseSaveRequest({})).toBeNull();
    expect(parseSaveRequest({ text: 12 })).toBeNull();
    expect(parseSaveRequest({ text: 'x'.repeat(MAX_MISSION_SIZE + 1) })).toBeNull();
  });

  it('refuses empty or NUL-carrying paths', () => {
    expect(parseSaveRequest({ text: '', path: '' })).toBeNull();
    expect(parseSaveRequest({ text: '', path: '/tmp/a\0b' })).toBeNull();
    expect(parseSaveRequest({ text: '', path: 7 })).toBeNull();
  });

  it('refuses a suggested name that could point the dialog at another folder', () => {
    for (const suggestedName of ['../x.json', 'a/b.json', 'a\\b.json', '..', '.', '']) {
      expect(parseSaveRequest({ text: '', suggestedName })).toBeNull();
    }
  });

  it('refuses any key outside the contract', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1 })
          .filter((key) => !['text', 'path', 'suggestedName', 'overwriteChanged', 'copy'].includes(key) && key !== '__proto__'),
        fc.jsonValue(),
        (key, value) => {
          expect(parseSaveRequest({ text: '', [key]: value })).toBeNull();
        },
      ),
    );
  });

  it('returns exactly the fields it was given for every well-formed payload', () => {
    const fileName = fc.stringMatching(/^[\w .-]{1,40}$/).filter((name) => name !== '.' && name !== '..');
    fc.assert(
      fc.property(
        fc.string(),
        fc.option(
          fc.string({ minLength: 1 }).map((p) => `/${p.replace(/\0/g, '')}`),
          { nil: undefined },
        ),
        fc.option(fileName, { nil: undefined }),
        (text, path, suggestedName) => {
          const payload = { text, ...(path === undefined ? {} : { path }), ...(suggestedName === undefined ? {} : { suggestedName }) };
          expect(parseSaveRequest(payload)).toEqual(payload);
        },
      ),
    );
  });
});

describe('isEmptyPayload', () => {
  it('accepts no arguments or one undefined, and nothing else', () => {
    expect(isEmptyPayload([])).toBe(true);
    expect(isEmptyPayload([undefined])).toBe(true);
    expect(isEmptyPayload([null])).toBe(false);
    expect(isEmptyPayload(['/etc/passwd'])).toBe(false);
    expect(isEmptyPayload([undefined, undefined])).toBe(false);
  });
});

describe('parsePath', () => {
  it('accepts a path and refuses anything else', () => {
    expect(parsePath('/home/pat/a.json')).toBe('/home/pat/a.json');
    for (const value of ['', 'a\0b', 7, null, ['/a'], 'x'.repeat(5000)]) expect(parsePath(value)).toBeNull();
  });
});

describe('parseDocumentState', () => {
  it('accepts a name, a dirty flag and an optional path', () => {
    expect(parseDocumentState({ name: 'a.json', dirty: true })).toEqual({ name: 'a.json', dirty: true });
    expect(parseDocumentState({ name: 'a.json', dirty: false, path: '/a.json' })).toEqual({
      name: 'a.json',
      dirty: false,
      path: '/a.json',
    });
  });

  it('refuses missing, mistyped or extra fields', () => {
    for (const value of [
      { name: 'a.json' },
      { name: '', dirty: true },
      { name: 'a', dirty: 'yes' },
      { name: 'a', dirty: true, path: '' },
      { name: 'a', dirty: true, title: 'x' },
      null,
    ]) {
      expect(parseDocumentState(value)).toBeNull();
    }
  });
});

describe('parseMenuState', () => {
  it('accepts a list of command states', () => {
    const commands = [
      { id: 'file.save', label: 'Save', enabled: true, shortcut: 'Mod+S' },
      { id: 'view.toggleInspector', label: 'Toggle Inspector', enabled: false },
    ];
    expect(parseMenuState(commands)).toEqual(commands);
    expect(parseMenuState([])).toEqual([]);
  });

  it('refuses the whole list when one entry is malformed, and lists that are too long', () => {
    expect(
      parseMenuState([
        { id: 'file.save', label: 'Save', enabled: true },
        { id: '../x', label: 'X', enabled: true },
      ]),
    ).toBeNull();
    expect(parseMenuState([{ id: 'a', label: 'A', enabled: 1 }])).toBeNull();
    expect(parseMenuState([{ id: 'a', label: 'A', enabled: true, shortcut: 'Mod+<script>' }])).toBeNull();
    expect(parseMenuState(Array.from({ length: 501 }, (_, i) => ({ id: `c${i}`, label: 'C', enabled: true })))).toBeNull();
    expect(parseMenuState({ id: 'a' })).toBeNull();
  });
});

describe('parseBackupRef and parseBackupWrite', () => {
  const id = '0b5e7a51-2c1d-4c53-9a55-6f0c8a1e4b2d.3';

  it('accept a session id and a name with an optional path (and text for a write)', () => {
    expect(parseBackupRef({ id, name: 'a.json' })).toEqual({ id, name: 'a.json' });
    expect(parseBackupRef({ id, name: 'a.json', path: '/a.json' })).toEqual({ id, name: 'a.json', path: '/a.json' });
    expect(parseBackupWrite({ id, name: 'a.json', text: '{}' })).toEqual({ id, name: 'a.json', text: '{}' });
  });

  it('refuse malformed payloads, ids that are not plain names, and text beyond the size limit', () => {
    expect(parseBackupRef({ id, name: 'a.json', text: '' })).toBeNull();
    expect(parseBackupRef({ id, path: '/a.json' })).toBeNull();
    expect(parseBackupRef({ name: 'a.json' })).toBeNull();
    for (const bad of ['../../etc/passwd', 'short', '', 'a'.repeat(81), '.hidden-one'])
      expect(parseBackupRef({ id: bad, name: 'a.json' }), bad).toBeNull();
    expect(parseBackupWrite({ id, name: 'a.json' })).toBeNull();
    expect(parseBackupWrite({ id, name: 'a.json', text: 'x'.repeat(MAX_MISSION_SIZE + 1) })).toBeNull();
  });
});

describe('parseExternalUrl', () => {
  it('passes http and https links', () => {
    expect(parseExternalUrl('https://reactflow.dev/learn')).toBe('https://reactflow.dev/learn');
    expect(parseExternalUrl('http://example.org')).toBe('http://example.org/');
  });

  it('refuses every other scheme, credentials and junk', () => {
    for (const value of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'ms-msdt:/id',
      'smb://host/share',
      'app://mission-studio/index.html',
      'https://user:pw@example.org/',
      'https://',
      'not a url',
      '',
      42,
      null,
    ]) {
      expect(parseExternalUrl(value), String(value)).toBeNull();
    }
  });

  it('only ever returns an http(s) URL, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('file:', 'javascript:', 'data:text/html,x')), (value) => {
        const url = parseExternalUrl(value);
        if (url !== null) expect(new URL(url).protocol).toMatch(/^https?:$/);
      }),
    );
  });
});

describe('parseNativeEditAction', () => {
  it('accepts the six text actions only', () => {
    for (const action of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']) expect(parseNativeEditAction(action)).toBe(action);
    for (const value of ['delete', 'toggleDevTools', 'reload', '', null]) expect(parseNativeEditAction(value)).toBeNull();
  });
});

describe('parseSaveBeforeCloseAnswer', () => {
  it('accepts a request id and whether the save happened', () => {
    expect(parseSaveBeforeCloseAnswer({ requestId: 3, saved: true })).toEqual({ requestId: 3, saved: true });
    expect(parseSaveBeforeCloseAnswer({ requestId: 1.5, saved: true })).toBeNull();
    expect(parseSaveBeforeCloseAnswer({ requestId: 3 })).toBeNull();
    expect(parseSaveBeforeCloseAnswer({ requestId: 3, saved: true, extra: 1 })).toBeNull();
  });
});

describe('isCommandId', () => {
  it('accepts registry ids and nothing that could be markup or a path', () => {
    for (const id of ['file.save', 'view.toggleInspector', 'run.play', 'edit.redoAlt']) expect(isCommandId(id)).toBe(true);
    for (const id of ['', '.save', '<b>', 'a b', '../x', 7]) expect(isCommandId(id)).toBe(false);
  });
});
