import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64, contentSecurityPolicy, cspHash, escapeHtml, jsonForScript } from './page-text';

describe('escapeHtml', () => {
  it('escapes the five characters that could end text or an attribute, and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>Q & A</a> ✓`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Q &amp; A&lt;/a&gt; ✓');
  });
});

describe('jsonForScript', () => {
  it('leaves no character that could close a script element, and parses back to the same value', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.string({ unit: fc.constantFrom('<', '>', '&', '/', '\u2028', '\u2029', '!', '-', 's', 'a') }),
        (value, text) => {
          const json = JSON.stringify([value, text]);
          const safe = jsonForScript(json);
          expect(/[<>&\u2028\u2029]/.test(safe)).toBe(false);
          expect(JSON.parse(safe)).toEqual(JSON.parse(json));
        },
      ),
    );
  });
});

describe('cspHash', () => {
  it('writes base64 exactly as Node does, at every length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('hashes the UTF-8 bytes of the text with SHA-256, as browsers check an inline element', () => {
    for (const text of ['', 'alert(1)', "Kar'ukan — 🖖 ク"]) {
      expect(cspHash(text)).toBe(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
    }
  });

  it('allows only the given script and style, and nothing from anywhere', () => {
    expect(contentSecurityPolicy('a', 'b')).toBe(
      `default-src 'none'; script-src ${cspHash('a')}; style-src ${cspHash('b')}; img-src data:; base-uri 'none'; form-action 'none'`,
    );
  });
});
