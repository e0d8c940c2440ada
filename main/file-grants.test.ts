import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileGrants } from './file-grants';

describe('createFileGrants', () => {
  it('allows only the paths granted, compared after resolving them', () => {
    const grants = createFileGrants();
    expect(grants.has('/home/pat/a.json')).toBe(false);
    grants.grant('/home/pat/a.json');
    expect(grants.has('/home/pat/a.json')).toBe(true);
    expect(grants.has('/home/pat/x/../a.json')).toBe(true);
    expect(grants.has(resolve('/home/pat/b.json'))).toBe(false);
  });

  it('keeps separate sets apart', () => {
    const first = createFileGrants();
    const second = createFileGrants();
    first.grant('/a.json');
    expect(second.has('/a.json')).toBe(false);
  });
});
