/**
 * Every schema error of a document, in time linear in its size. Ajv's all-errors code gathers errors by
 * concatenating arrays, quadratic in their number (5,000 bad nodes took 13 s, 100,000 bad fight groups
 * minutes), so a document with an array past 1,000 items is checked in parts: its top-level arrays in slices
 * of 1,000 items, each slice on its own with every error listed, and the few items that hold a long array of
 * their own (a fight with 100,000 enemy groups) one by one, to their first error.
 */
import { validate as firstError } from './generated/mission-schema.first-error';
import { validate as allErrors } from './generated/mission-schema.validate';

/** The error shape of Ajv's generated validators. */
export interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

type GeneratedValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

const first = firstError as GeneratedValidator;
const all = allErrors as GeneratedValidator;

/** Arrays up to this long are checked with every error listed at once; longer ones in slices this long. */
const SCHEMA_SLICE = 1_000;

/** The length of the longest array anywhere in `value` (iterative: a hostile document may nest deeply). */
function longestArray(value: unknown): number {
  let longest = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      longest = Math.max(longest, v.length);
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
    } else if (v !== null && typeof v === 'object') {
      for (const item of Object.values(v)) if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return longest;
}

const errorsOf = (validator: GeneratedValidator, document: unknown): AjvError[] => (validator(document) ? [] : (validator.errors ?? []));

/** `/key` as a JSON pointer segment. */
const segment = (key: string): string => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** Every schema error of `document` (duplicates possible, `if` errors included), in document order by part. */
export function schemaErrors(document: unknown): AjvError[] {
  const found = errorsOf(first, document);
  if (found.length === 0) return [];
  if (longestArray(document) <= SCHEMA_SLICE) return errorsOf(all, document);
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return found;
  const doc = document as Record<string, unknown>;
  const arrays = Object.keys(doc).filter((key) => Array.isArray(doc[key]));
  // The whole document's first error stays: it may be a limit on a whole array (`conflicts` past 10,000), which
  // no slice shows and the emptied copy below must not report.
  const errors = [...found];
  // Everything but the top-level arrays, once; then each array slice by slice, the others left empty.
  const empty: Record<string, unknown> = { ...doc };
  for (const key of arrays) empty[key] = [];
  const emptied = new Set(arrays.map(segment));
  errors.push(...checkPart(empty).filter((e) => !emptied.has(e.instancePath)));
  for (const key of arrays) {
    const items = doc[key] as unknown[];
    const prefix = segment(key);
    for (let from = 0; from < items.length; from += SCHEMA_SLICE) {
      const part = { ...empty, [key]: items.slice(from, from + SCHEMA_SLICE) };
      for (const e of checkSlice(part, key, prefix)) errors.push(shifted(e, prefix, from));
    }
  }
  return errors;
}

/** The errors under `/key/` of a part whose array `key` holds one slice: heavy items one by one. */
function checkSlice(part: Record<string, unknown>, key: string, prefix: string): AjvError[] {
  const items = part[key] as unknown[];
  const heavy: number[] = [];
  items.forEach((item, i) => {
    if (longestArray(item) > SCHEMA_SLICE) heavy.push(i);
  });
  const under = (e: AjvError): boolean => e.instancePath.startsWith(`${prefix}/`);
  if (heavy.length === 0) return checkPart(part).filter(under);
  // Light items together (a heavy one replaced by a placeholder whose errors are dropped), heavy ones alone.
  const light = items.map((item, i) => (heavy.includes(i) ? null : item));
  const dropped = new Set(heavy.map((i) => `${prefix}/${i}`));
  const errors = checkPart({ ...part, [key]: light }).filter((e) => under(e) && !dropped.has(itemPath(e.instancePath, prefix)));
  for (const i of heavy) {
    for (const e of errorsOf(first, { ...part, [key]: [items[i]] })) if (under(e)) errors.push(shifted(e, prefix, i));
  }
  return errors;
}

/** Every error of a part small enough to list them all; a part that is not gets its first. */
function checkPart(part: unknown): AjvError[] {
  return errorsOf(longestArray(part) <= SCHEMA_SLICE ? all : first, part);
}

/** `/key/7` of `/key/7/data/...`. */
function itemPath(instancePath: string, prefix: string): string {
  const end = instancePath.indexOf('/', prefix.length + 1);
  return end < 0 ? instancePath : instancePath.slice(0, end);
}

/** The error with its item index under `prefix` moved on by `by`. */
function shifted(e: AjvError, prefix: string, by: number): AjvError {
  if (by === 0) return e;
  const item = itemPath(e.instancePath, prefix);
  const index = Number(item.slice(prefix.length + 1));
  return { ...e, instancePath: `${prefix}/${index + by}${e.instancePath.slice(item.length)}` };
}
