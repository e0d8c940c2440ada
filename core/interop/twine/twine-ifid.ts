/**
 * A mission's IFID: the same for the same mission id on every export, so Twine and IF archives see one story
 * across versions. A name-based UUID (RFC 9562 version 5) in the URL namespace of `mission-studio:mission/<id>`,
 * uppercase as the Treaty of Babel asks.
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

// The URL namespace UUID 6ba7b811-9dad-11d1-80b4-00c04fd430c8 as bytes.
const URL_NAMESPACE = Uint8Array.from([0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]);

/** The stable IFID of the mission with this id. */
export function missionIfid(missionId: string): string {
  const name = utf8ToBytes(`mission-studio:mission/${missionId}`);
  const input = new Uint8Array(URL_NAMESPACE.length + name.length);
  input.set(URL_NAMESPACE);
  input.set(name, URL_NAMESPACE.length);
  const bytes = sha1(input).slice(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`.toUpperCase();
}
