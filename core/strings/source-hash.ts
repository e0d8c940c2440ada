/**
 * The fingerprint of a string's source text that a string table keeps beside each translation: when the source
 * changes, the fingerprint no longer matches and the translation is stale (Yarn Spinner's `lock` column works the
 * same way). The first 8 hex digits of the SHA-256 of the text's UTF-8, so any tool can compute it again.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { BoundedCache } from '../expressions/bounded-cache';

/** Hex digits kept: 32 bits tell an edit from no edit; a table stays readable. */
const HASH_DIGITS = 8;

// The app checks its translations after every edit; most strings are unchanged between two checks.
const cache = new BoundedCache<string>(20_000);

/** The source-text fingerprint of `text`, as the `source_hash` column holds it. */
export function sourceHash(text: string): string {
  return cache.getOrCompute(text, (t) => bytesToHex(sha256(utf8ToBytes(t))).slice(0, HASH_DIGITS));
}
