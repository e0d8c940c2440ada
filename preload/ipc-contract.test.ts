import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmptyPayload, MAX_MISSION_SIZE, parseSaveRequest } from './ipc-contract';

describe('parseSaveRequest', () => {
  it('accepts text alone, text with a path, and text with a suggested name', () => {
    expect(parseSaveRequest({ text: '{}' })).toEqual({ text: '{}' });
    expect(parseSaveRequest({ text: '{}', path: '/home/a/x.mission.json' })).toEqual({ text: '{}', path: '/home/a/x.mission.json' });
    expect(parseSaveRequest({ text: '', suggestedName: 'x.mission.json' })).toEqual({ text: '', suggestedName: 'x.mission.json' });
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
        fc.string({ minLength: 1 }).filter((key) => !['text', 'path', 'suggestedName'].includes(key) && key !== '__proto__'),
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
      fc.property(fc.string(), fc.option(fc.string({ minLength: 1 }).map((p) => `/${p.replace(/\0/g, '')}`), { nil: undefined }), fc.option(fileName, { nil: undefined }), (text, path, suggestedName) => {
        const payload = { text, ...(path === undefined ? {} : { path }), ...(suggestedName === undefined ? {} : { suggestedName }) };
        expect(parseSaveRequest(payload)).toEqual(payload);
      }),
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
