import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('keeps the noun singular for exactly one', () => {
    expect(plural(1, 'error')).toBe('1 error');
  });

  it('adds an s for none and for many', () => {
    expect(plural(0, 'edge')).toBe('0 edges');
    expect(plural(12, 'edge')).toBe('12 edges');
  });

  it('takes the plural form of a noun that does not just add an s', () => {
    expect(plural(2, 'property', 'properties')).toBe('2 properties');
    expect(plural(1, 'property', 'properties')).toBe('1 property');
  });
});
