/**
 * Text made safe for one place in an HTML page, and the page's Content-Security-Policy hashes. Hand-written
 * because each is a few lines with exact rules (the HTML spec's for text and attributes; JSON inside a script
 * element), and base64 because core has no `btoa` or Buffer to lean on (its tsconfig has no DOM or Node types).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content or a quoted attribute value: `&`, `<`, `>` and both quotes escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * JSON text for a `<script type="application/json">` block: `<`, `>` and `&` as `\u003c` etc., so no string in it
 * can close the element or open a comment, and U+2028/U+2029 escaped too. Still the same JSON: these characters
 * can only stand inside JSON strings, where the escapes mean the same characters.
 */
export function jsonForScript(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding (RFC 4648), as CSP source hashes are written. */
export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += BASE64.charAt(n >> 18) + BASE64.charAt((n >> 12) & 63);
    out += i + 1 < bytes.length ? BASE64.charAt((n >> 6) & 63) : '=';
    out += i + 2 < bytes.length ? BASE64.charAt(n & 63) : '=';
  }
  return out;
}

/** The CSP source of an inline element's exact text: `'sha256-<base64 of the UTF-8 bytes' digest>'`. */
export function cspHash(text: string): string {
  return `'sha256-${base64(sha256(utf8ToBytes(text)))}'`;
}

/** The page's policy: nothing but its own inline script and style, no network, no base, no form posts. */
export function contentSecurityPolicy(script: string, style: string): string {
  return `default-src 'none'; script-src ${cspHash(script)}; style-src ${cspHash(style)}; img-src data:; base-uri 'none'; form-action 'none'`;
}
