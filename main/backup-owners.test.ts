import { describe, expect, it } from 'vitest';
import { createBackupOwners } from './backup-owners';

describe('createBackupOwners', () => {
  it("records which window holds each backup, and lets go of a closed window's", () => {
    const owners = createBackupOwners<string>();
    owners.claim('tab-a.1', 'A');
    owners.claim('tab-b.1', 'B');
    owners.claim('tab-a.2', 'A');
    expect(owners.ownerOf('tab-b.1')).toBe('B');
    expect(owners.idsOf('A')).toEqual(['tab-a.1', 'tab-a.2']);
    owners.drop('tab-a.1');
    owners.release('B');
    expect(owners.ownerOf('tab-b.1')).toBeUndefined();
    expect(owners.idsOf('A')).toEqual(['tab-a.2']);
  });
});
