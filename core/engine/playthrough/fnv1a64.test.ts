import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a64 } from './fnv1a64';

/** The same hash with BigInt over TextEncoder's bytes: slow and obvious, to check the fast one against. */
function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

describe('fnv1a64', () => {
  it('gives the published FNV-1a 64 values for the standard test strings', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes of any string, astral characters and lone surrogates included', () => {
    expect(fnv1a64('Va\u2019Kel \u{1F596}')).toBe(reference('Va\u2019Kel \u{1F596}'));
    expect(fnv1a64('\ud800x')).toBe(reference('\ud800x'));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => fnv1a64(s) === reference(s)));
  });
});
