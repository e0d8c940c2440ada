/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of a string. Hand-written because core may not use node:crypto, Web
 * Crypto's digest is asynchronous, and a transcript hash only has to notice a change, not resist an attacker:
 * FNV-1a is tiny, well known and stable, and any language reproduces it (e.g. to check a golden file by hand).
 */

const TWO_32 = 0x1_0000_0000;

/** The 64-bit FNV-1a hash of `text`'s UTF-8 bytes, as 16 lowercase hex digits. */
export function fnv1a64(text: string): string {
  // The 64-bit state as two unsigned 32-bit halves; every product below stays under 2^53, so doubles are exact.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const mix = (byte: number): void => {
    lo = (lo ^ byte) >>> 0;
    // h * 0x100000001b3 mod 2^64 = h * 0x1b3 + (h << 40)
    const loProduct = lo * 0x1b3;
    const hiProduct = hi * 0x1b3 + Math.floor(loProduct / TWO_32) + ((lo << 8) >>> 0);
    lo = loProduct >>> 0;
    hi = hiProduct >>> 0;
  };
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd; // a lone surrogate encodes as U+FFFD, as TextEncoder does
    if (cp < 0x80) mix(cp);
    else if (cp < 0x800) {
      mix(0xc0 | (cp >> 6));
      mix(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      mix(0xe0 | (cp >> 12));
      mix(0x80 | ((cp >> 6) & 0x3f));
      mix(0x80 | (cp & 0x3f));
    } else {
      mix(0xf0 | (cp >> 18));
      mix(0x80 | ((cp >> 12) & 0x3f));
      mix(0x80 | ((cp >> 6) & 0x3f));
      mix(0x80 | (cp & 0x3f));
    }
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
