/**
 * Id paths: JSON pointers whose steps into lists name an item's `id` rather than its index
 * (`/nodes/dock/data/choices/ask/text`). A merge conflict is recorded at one (`MergeConflict.path`) so that it
 * still names the same field after other nodes or choices are added, removed or reordered. Ids cannot hold `/`
 * or `~` (the schema's id pattern), so no escaping is needed.
 */

/** The steps of an id path; `/` alone or an empty string has none. */
export function idPathSteps(path: string): string[] {
  return path.split('/').slice(1);
}

/** An id path from steps. */
export function idPathOf(steps: readonly string[]): string {
  return steps.map((s) => `/${s}`).join('');
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function indexById(list: readonly unknown[], id: string): number {
  return list.findIndex((item) => isRecord(item) && item.id === id);
}

/** One step down: a list's item by id, an object's own key. Undefined when there is none. */
function child(at: unknown, step: string): { value: unknown; index: string } | undefined {
  if (Array.isArray(at)) {
    const i = indexById(at, step);
    return i < 0 ? undefined : { value: at[i] as unknown, index: String(i) };
  }
  if (isRecord(at) && Object.hasOwn(at, step)) return { value: at[step], index: step };
  return undefined;
}

/** Where an id path is now: the ordinary JSON pointer to it (indices for ids) and its value, or null when gone. */
export function locateIdPath(root: unknown, path: string): { pointer: string; value: unknown } | null {
  let at = root;
  let pointer = '';
  for (const step of idPathSteps(path)) {
    const next = child(at, step);
    if (!next) return null;
    at = next.value;
    pointer += `/${next.index}`;
  }
  return { pointer, value: at };
}

/**
 * Writes `value` at an id path inside `root` (a plain object or an Immer draft); `undefined` removes the key or
 * the list item. A list item that is not there is appended. Returns false, writing nothing, when the path's
 * parent is gone (the node holding the field was deleted since) or the path is the root.
 */
export function writeIdPath(root: unknown, path: string, value: unknown): boolean {
  const steps = idPathSteps(path);
  const last = steps.pop();
  if (last === undefined) return false;
  const parent = locateIdPath(root, idPathOf(steps))?.value;
  if (Array.isArray(parent)) {
    const i = indexById(parent, last);
    if (value === undefined) {
      if (i >= 0) parent.splice(i, 1);
    } else if (i >= 0) parent[i] = value;
    else parent.push(value);
    return true;
  }
  if (!isRecord(parent) || last === '__proto__') return false;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return true;
}
