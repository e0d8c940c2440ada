import type { Mission } from '../format/mission.types';

/**
 * Whether validateMission finds exactly the same problems in `next` as in `previous`, known without running it:
 * the two differ at most in where nodes are drawn (a node's position, a group frame's size) and those places are
 * well-formed in both, so neither the schema nor any rule (none reads a place) can tell them apart. A drag on a
 * 1,000-node mission then costs no validation at all. Edits share unchanged objects (Immer), so this is a walk of
 * reference comparisons. When in doubt it answers false and the caller validates.
 */
export function sameChecks(previous: Mission, next: Mission): boolean {
  if (previous === next) return true;
  const keys = Object.keys(previous);
  if (keys.length !== Object.keys(next).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(next, key)) return false;
    if (key === 'nodes') continue;
    if ((previous as unknown as Record<string, unknown>)[key] !== (next as unknown as Record<string, unknown>)[key]) return false;
  }
  const [a, b] = [previous.nodes as unknown, next.nodes as unknown];
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((node, i) => sameNodeChecks(node, b[i]));
}

/** A node that differs at most in its place, with both places well-formed. */
function sameNodeChecks(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false;
    if (a[key] === b[key]) continue;
    if (key === 'position' && isPlace(a[key], ['x', 'y']) && isPlace(b[key], ['x', 'y'])) continue;
    if (key === 'data' && a.type === 'group' && isFrame(a[key]) && isFrame(b[key])) continue;
    return false;
  }
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An object of exactly these keys, each a finite number: what the schema asks of a place. */
function isPlace(value: unknown, keys: readonly string[]): boolean {
  if (!isRecord(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => Number.isFinite(value[k]));
}

/** A group's data: its frame's width and height, both above zero. */
function isFrame(value: unknown): boolean {
  return isPlace(value, ['width', 'height']) && (value as { width: number }).width > 0 && (value as { height: number }).height > 0;
}
