import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_EXPORT_SIZE,
  parseBackupRef,
  parseBackupWrite,
  parseDocumentState,
  parseExportRequest,
  parseMenuState,
  parseSaveBeforeCloseAnswer,
  parseSaveRequest,
} from './ipc-contract';

// The edges of the payload schemas that ipc-contract.test.ts does not reach: what structured cloning can carry
// (arrays with named fields, keys holding undefined) and the export size limit.
const RECORD_PARSERS: [string, (value: unknown) => unknown, Record<string, unknown>][] = [
  ['parseSaveRequest', parseSaveRequest, { text: '{}' }],
  ['parseExportRequest', parseExportRequest, { suggestedName: 'a.html', data: '<p>', extension: 'html' }],
  ['parseDocumentState', parseDocumentState, { name: 'a.json', dirty: true }],
  ['parseBackupRef', parseBackupRef, { id: 'session-0001.1', name: 'a.json' }],
  ['parseBackupWrite', parseBackupWrite, { id: 'session-0001.1', name: 'a.json', text: '{}' }],
  ['parseSaveBeforeCloseAnswer', parseSaveBeforeCloseAnswer, { requestId: 1, saved: true }],
];

describe('the record checks of ipc-contract', () => {
  it.each(RECORD_PARSERS)('%s refuses an array that carries the right fields', (_name, parse, valid) => {
    expect(parse(valid)).not.toBeNull();
    expect(parse(Object.assign([], valid))).toBeNull();
  });

  it.each(RECORD_PARSERS)('%s returns a new object, not the payload it was given', (_name, parse, valid) => {
    const parsed = parse(valid);
    expect(parsed).toEqual(valid);
    expect(parsed).not.toBe(valid);
  });

  it.each(RECORD_PARSERS)('%s refuses a payload with a required field missing', (_name, parse, valid) => {
    for (const key of Object.keys(valid)) {
      const { [key]: _dropped, ...rest } = valid;
      expect(parse(rest), key).toBeNull();
    }
  });

  it('drops optional fields sent as undefined and refuses required ones sent so', () => {
    expect(Object.keys(parseSaveRequest({ text: '', path: undefined, copy: undefined }) ?? {})).toEqual(['text']);
    expect(Object.keys(parseDocumentState({ name: 'a', dirty: false, path: undefined }) ?? {})).toEqual(['name', 'dirty']);
    expect(parseBackupWrite({ id: 'session-0001.1', name: 'a', text: undefined })).toBeNull();
  });

  it('never passes a value of the wrong kind in any field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RECORD_PARSERS), fc.anything(), (entry, junk) => {
        const [, parse, valid] = entry;
        const key = Object.keys(valid)[0] as string;
        fc.pre(typeof junk !== typeof valid[key]);
        expect(parse({ ...valid, [key]: junk })).toBeNull();
      }),
    );
  });
});

describe('parseExportRequest', () => {
  it('refuses bytes beyond the export size limit', () => {
    expect(parseExportRequest({ suggestedName: 'a.png', data: new Uint8Array(MAX_EXPORT_SIZE + 1), extension: 'png' })).toBeNull();
  });
});

describe('parseMenuState', () => {
  it('refuses a list that is too long whatever its items, and a list holding a non-object', () => {
    expect(parseMenuState(Array.from({ length: 501 }, () => null))).toBeNull();
    expect(parseMenuState([null])).toBeNull();
    expect(parseMenuState([[{ id: 'a', label: 'A', enabled: true }]])).toBeNull();
  });
});
