import { describe, expect, it } from 'vitest';
import { migrateDocument, type Migration } from './migrations';

describe('migrateDocument', () => {
  it('leaves a current document as it is', () => {
    const doc = { format: 'mission-studio/1' };
    expect(migrateDocument(doc)).toEqual({ ok: true, document: doc, applied: [] });
  });

  it('runs named migrations in order up to the current format', () => {
    const steps: Migration[] = [
      { name: 'rename-title', from: 'mission-studio/0', to: 'mission-studio/0.5', migrate: (d) => ({ ...d, format: 'mission-studio/0.5', title: d.name }) },
      { name: 'add-edges', from: 'mission-studio/0.5', to: 'mission-studio/1', migrate: (d) => ({ ...d, format: 'mission-studio/1', edges: [] }) },
    ];
    const result = migrateDocument({ format: 'mission-studio/0', name: 'x' }, steps);
    expect(result).toEqual({ ok: true, applied: ['rename-title', 'add-edges'], document: { format: 'mission-studio/1', name: 'x', title: 'x', edges: [] } });
  });

  it('refuses a document without a format string', () => {
    expect(migrateDocument({})).toMatchObject({ ok: false });
  });

  it('stops a migration list that loops', () => {
    const loop: Migration[] = [{ name: 'a', from: 'mission-studio/0', to: 'mission-studio/0', migrate: (d) => d }];
    expect(migrateDocument({ format: 'mission-studio/0' }, loop)).toMatchObject({ ok: false, message: expect.stringContaining('loop') });
  });
});
