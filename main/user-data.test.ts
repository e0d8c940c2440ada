import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataPaths, USER_DATA_ENV, userDataOverride } from './user-data';

describe('userDataOverride', () => {
  it('resolves the folder the environment names, and ignores an empty or NUL-carrying value', () => {
    expect(userDataOverride({ [USER_DATA_ENV]: 'data' }, '/home/pat')).toBe(resolve('/home/pat', 'data'));
    expect(userDataOverride({ [USER_DATA_ENV]: '/tmp/ms' }, '/home/pat')).toBe(resolve('/tmp/ms'));
    expect(userDataOverride({ [USER_DATA_ENV]: '' }, '/home/pat')).toBeNull();
    expect(userDataOverride({ [USER_DATA_ENV]: 'a\0b' }, '/home/pat')).toBeNull();
    expect(userDataOverride({}, '/home/pat')).toBeNull();
  });
});

describe('appDataPaths', () => {
  it('keeps backups and the recent list inside the data folder', () => {
    expect(appDataPaths('/d')).toEqual({ backups: join('/d', 'backups'), recentFiles: join('/d', 'recent-files.json') });
  });
});
