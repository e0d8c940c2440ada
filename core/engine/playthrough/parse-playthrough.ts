/**
 * Reads `*.playthrough.json` files and input lists, checking them by hand: the format is small, and each
 * problem gets one clear message with a JSON pointer to where it is.
 */
import type { Value } from '../../format/mission.types';
import { STANCES } from '../combat/combat.types';
import type { Input } from '../compile/inputs';
import { PLAYTHROUGH_FORMAT, type Playthrough } from './playthrough.types';

/** The result of reading a playthrough or an input list. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

class Invalid extends Error {}

function fail(path: string, message: string): never {
  throw new Invalid(`${path || '/'}: ${message}`);
}

type Json = Record<string, unknown>;

function object(v: unknown, path: string): Json {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(path, 'expected an object');
  return v as Json;
}

/** Checks that `o` has exactly the keys it may have, and the required ones. */
function keys(o: Json, path: string, required: readonly string[], optional: readonly string[] = []): void {
  for (const key of Object.keys(o)) {
    if (!required.includes(key) && !optional.includes(key)) fail(path, `unknown property '${key}'`);
  }
  for (const key of required) if (!Object.hasOwn(o, key)) fail(path, `missing property '${key}'`);
}

function text(o: Json, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') fail(`${path}/${key}`, 'expected a non-empty string');
  return v;
}

function oneOf<T extends string>(o: Json, key: string, path: string, allowed: readonly T[]): T {
  const v = o[key];
  if (typeof v !== 'string' || !allowed.includes(v as T)) fail(`${path}/${key}`, `expected one of ${allowed.join(', ')}`);
  return v as T;
}

const FIELDS: Record<Input['kind'], readonly string[]> = {
  choice: ['choiceId'],
  hub: ['optionId'],
  objective: [],
  combat: ['stance'],
  'combat-auto': [],
  'combat-force': ['outcome'],
};
const KINDS = Object.keys(FIELDS) as Input['kind'][];

function readInput(v: unknown, path: string): Input {
  const o = object(v, path);
  const kind = oneOf(o, 'kind', path, KINDS);
  keys(o, path, ['kind', 'nodeId', ...FIELDS[kind]]);
  const nodeId = text(o, 'nodeId', path);
  switch (kind) {
    case 'choice':
      return { kind, nodeId, choiceId: text(o, 'choiceId', path) };
    case 'hub':
      return { kind, nodeId, optionId: text(o, 'optionId', path) };
    case 'combat':
      return { kind, nodeId, stance: oneOf(o, 'stance', path, STANCES) };
    case 'combat-force':
      return { kind, nodeId, outcome: oneOf(o, 'outcome', path, ['victory', 'defeat'] as const) };
    default:
      return { kind, nodeId };
  }
}

function readInputs(v: unknown, path: string): Input[] {
  if (!Array.isArray(v)) fail(path, 'expected an array of inputs');
  return v.map((item, i) => readInput(item, `${path}/${i}`));
}

function readVariables(v: unknown, path: string): Record<string, Value> {
  const o = object(v, path);
  const out: Record<string, Value> = {};
  for (const [name, value] of Object.entries(o)) {
    if (typeof value !== 'boolean' && typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
      fail(`${path}/${name}`, 'expected a boolean, a number or a string');
    }
    // defineProperty: a variable named like a prototype key stays a plain own key
    Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function readPlaythrough(doc: unknown): Playthrough {
  const o = object(doc, '');
  if (o['format'] !== PLAYTHROUGH_FORMAT) {
    fail('/format', `expected "${PLAYTHROUGH_FORMAT}" (is this a playthrough file?)`);
  }
  keys(o, '', ['format', 'mission', 'faction', 'seed', 'inputs', 'expect'], ['description']);
  const seed = o['seed'];
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) fail('/seed', 'expected a whole number');
  const e = object(o['expect'], '/expect');
  keys(e, '/expect', ['ending', 'outcome', 'variables', 'transcriptHash']);
  const hash = e['transcriptHash'];
  if (typeof hash !== 'string' || !/^[0-9a-f]{16}$/.test(hash)) fail('/expect/transcriptHash', 'expected 16 lowercase hex digits');
  const description = o['description'];
  if (description !== undefined && typeof description !== 'string') fail('/description', 'expected a string');
  return {
    format: PLAYTHROUGH_FORMAT,
    mission: text(o, 'mission', ''),
    ...(description !== undefined ? { description } : {}),
    faction: text(o, 'faction', ''),
    seed,
    inputs: readInputs(o['inputs'], '/inputs'),
    expect: {
      ending: text(e, 'ending', '/expect'),
      outcome: oneOf(e, 'outcome', '/expect', ['success', 'failure'] as const),
      variables: readVariables(e['variables'], '/expect/variables'),
      transcriptHash: hash,
    },
  };
}

function parseWith<T>(json: string, read: (doc: unknown) => T): ParseResult<T> {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  return checkWith(doc, read);
}

function checkWith<T>(doc: unknown, read: (doc: unknown) => T): ParseResult<T> {
  try {
    return { ok: true, value: read(doc) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, message: e.message };
    throw e;
  }
}

/** Checks a parsed document against the playthrough format. */
export function checkPlaythrough(doc: unknown): ParseResult<Playthrough> {
  return checkWith(doc, readPlaythrough);
}

/** Parses a playthrough file's text. Never throws: a bad file gives one message naming where it is wrong. */
export function parsePlaythrough(json: string): ParseResult<Playthrough> {
  return parseWith(json, readPlaythrough);
}

/** Checks a parsed JSON list of inputs (the CLI's `--choices FILE` without the playthrough around it). */
export function checkInputs(doc: unknown): ParseResult<Input[]> {
  return checkWith(doc, (d) => readInputs(d, ''));
}
