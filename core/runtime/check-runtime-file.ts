/**
 * Checks that a value is a runtime file before a run trusts it, naming the first field that is wrong. Written by
 * hand rather than generated from runtime.schema.json: ajv's standalone code for the schema would be larger than
 * the whole runtime (its budget is 25 KB gzipped). The test suite holds the two to the same files: every export
 * passes both, and mutated files that this check accepts pass the schema too.
 */
import { RUNTIME_FORMAT, type RuntimeExpr, type RuntimeFile } from './runtime-file.types';

/** A runtime file that cannot be played, with the JSON pointer of what is wrong. */
export class RuntimeFormatError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path || '/'}: ${message}`);
    this.name = 'RuntimeFormatError';
  }
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (path: string, message: string): never => {
  throw new RuntimeFormatError(path, message);
};

function object(v: unknown, path: string): Json {
  return isObject(v) ? v : fail(path, 'must be an object');
}

function array(v: unknown, path: string): unknown[] {
  return Array.isArray(v) ? v : fail(path, 'must be an array');
}

function string(v: unknown, path: string): string {
  return typeof v === 'string' ? v : fail(path, 'must be a string');
}

function number(v: unknown, path: string): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fail(path, 'must be a finite number');
}

function next(v: unknown, path: string, nodes: Json): void {
  if (v === null) return;
  if (typeof v !== 'string' || !Object.hasOwn(nodes, v)) fail(path, `must be null or the id of a node (got ${JSON.stringify(v)})`);
}

/** Expression trees nest; past this depth a file is hostile, not a mission. */
const MAX_EXPR_DEPTH = 200;

function expr(v: unknown, path: string, depth = 0): void {
  if (depth > MAX_EXPR_DEPTH) fail(path, `nests deeper than ${MAX_EXPR_DEPTH} levels`);
  const e = object(v, path) as Partial<RuntimeExpr> & Json;
  switch (e.kind) {
    case 'literal':
      if (!['boolean', 'number', 'string'].includes(typeof e.value)) fail(`${path}/value`, 'must be a boolean, number or string');
      return;
    case 'var':
      string(e.name, `${path}/name`);
      return;
    case 'visited':
      string(e.nodeId, `${path}/nodeId`);
      return;
    case 'not':
    case 'neg':
      expr(e.arg, `${path}/arg`, depth + 1);
      return;
    case 'binary':
      if (!['&&', '||', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/'].includes(e.op as string))
        fail(`${path}/op`, 'is not an operator of the language');
      expr(e.left, `${path}/left`, depth + 1);
      expr(e.right, `${path}/right`, depth + 1);
      return;
    default:
      fail(`${path}/kind`, 'must be literal, var, visited, not, neg or binary');
  }
}

function condition(v: unknown, path: string): void {
  if (v !== null) expr(v, path);
}

function effects(v: unknown, path: string): void {
  array(v, path).forEach((e, i) => {
    const effect = object(e, `${path}/${i}`);
    string(effect['target'], `${path}/${i}/target`);
    if (!['=', '+=', '-='].includes(effect['op'] as string)) fail(`${path}/${i}/op`, 'must be =, += or -=');
    expr(effect['value'], `${path}/${i}/value`);
  });
}

function strings(v: unknown, path: string): void {
  array(v, path).forEach((s, i) => string(s, `${path}/${i}`));
}

function node(v: unknown, path: string, nodes: Json): void {
  const n = object(v, path);
  string(n['title'], `${path}/title`);
  switch (n['type']) {
    case 'start':
      string(n['faction'], `${path}/faction`);
      string(n['text'], `${path}/text`);
      return next(n['next'], `${path}/next`, nodes);
    case 'narration':
      if (n['speaker'] !== null) string(n['speaker'], `${path}/speaker`);
      strings(n['lines'], `${path}/lines`);
      return next(n['next'], `${path}/next`, nodes);
    case 'dialog':
      string(n['speaker'], `${path}/speaker`);
      strings(n['lines'], `${path}/lines`);
      array(n['choices'], `${path}/choices`).forEach((c, i) => {
        const at = `${path}/choices/${i}`;
        const choice = object(c, at);
        string(choice['id'], `${at}/id`);
        string(choice['text'], `${at}/text`);
        condition(choice['condition'], `${at}/condition`);
        effects(choice['effects'], `${at}/effects`);
        next(choice['next'], `${at}/next`, nodes);
      });
      return;
    case 'objective':
      string(n['text'], `${path}/text`);
      return next(n['next'], `${path}/next`, nodes);
    case 'hub': {
      if (n['text'] !== null) string(n['text'], `${path}/text`);
      array(n['options'], `${path}/options`).forEach((o, i) => {
        const at = `${path}/options/${i}`;
        const option = object(o, at);
        string(option['id'], `${at}/id`);
        string(option['label'], `${at}/label`);
        condition(option['condition'], `${at}/condition`);
        next(option['next'], `${at}/next`, nodes);
      });
      const go = object(n['continue'], `${path}/continue`);
      string(go['label'], `${path}/continue/label`);
      condition(go['condition'], `${path}/continue/condition`);
      return next(go['next'], `${path}/continue/next`, nodes);
    }
    case 'branch':
      array(n['cases'], `${path}/cases`).forEach((c, i) => {
        const at = `${path}/cases/${i}`;
        const branch = object(c, at);
        string(branch['id'], `${at}/id`);
        expr(branch['condition'], `${at}/condition`);
        next(branch['next'], `${at}/next`, nodes);
      });
      return next(n['else'], `${path}/else`, nodes);
    case 'set':
      effects(n['effects'], `${path}/effects`);
      return next(n['next'], `${path}/next`, nodes);
    case 'combat':
      for (const side of ['allies', 'enemies']) {
        array(n[side], `${path}/${side}`).forEach((g, i) => {
          const group = object(g, `${path}/${side}/${i}`);
          string(group['unit'], `${path}/${side}/${i}/unit`);
          number(group['count'], `${path}/${side}/${i}/count`);
        });
      }
      object(n['goal'], `${path}/goal`);
      number(n['roundLimit'], `${path}/roundLimit`);
      next(n['victory'], `${path}/victory`, nodes);
      return next(n['defeat'], `${path}/defeat`, nodes);
    case 'end':
      if (n['outcome'] !== 'success' && n['outcome'] !== 'failure') fail(`${path}/outcome`, 'must be success or failure');
      string(n['text'], `${path}/text`);
      return;
    default:
      fail(`${path}/type`, `is not a node type of the runtime format (got ${JSON.stringify(n['type'])})`);
  }
}

/** The value as a runtime file, or a RuntimeFormatError naming the first field that is wrong. */
export function checkRuntimeFile(value: unknown): RuntimeFile {
  const file = object(value, '');
  if (file['format'] !== RUNTIME_FORMAT) {
    fail(
      '/format',
      `must be "${RUNTIME_FORMAT}" (got ${JSON.stringify(file['format'])}); export the mission again with this version of Mission Studio`,
    );
  }
  const mission = object(file['mission'], '/mission');
  string(mission['id'], '/mission/id');
  strings(mission['factions'], '/mission/factions');
  string(file['version'], '/version');
  const nodes = object(file['nodes'], '/nodes');
  for (const [id, n] of Object.entries(nodes)) node(n, `/nodes/${id}`, nodes);
  const starts = object(file['starts'], '/starts');
  for (const [faction, id] of Object.entries(starts)) next(id, `/starts/${faction}`, nodes);
  array(file['variables'], '/variables').forEach((v, i) => {
    const variable = object(v, `/variables/${i}`);
    string(variable['id'], `/variables/${i}/id`);
    if (!['bool', 'number', 'string', 'enum'].includes(variable['type'] as string))
      fail(`/variables/${i}/type`, 'must be bool, number, string or enum');
  });
  for (const table of ['cast', 'locations', 'units']) {
    for (const [id, entry] of Object.entries(object(file[table], `/${table}`)))
      string(object(entry, `/${table}/${id}`)['name'], `/${table}/${id}/name`);
  }
  const languages = array(file['languages'], '/languages');
  if (languages.length === 0) fail('/languages', 'must name the source language');
  const table = object(file['strings'], '/strings');
  languages.forEach((l, i) => {
    const lang = string(l, `/languages/${i}`);
    for (const [id, text] of Object.entries(object(table[lang], `/strings/${lang}`))) string(text, `/strings/${lang}/${id}`);
  });
  return file as unknown as RuntimeFile;
}
