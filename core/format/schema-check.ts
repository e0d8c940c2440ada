import { plural } from '../strings/plural';
import type { Diagnostic } from '../validate/diagnostic.types';
import { schemaErrors, type AjvError } from './schema-errors';

/**
 * At most this many schema errors are listed: past that they are noise, and a hostile file has millions. The
 * rest are one more row, with their count.
 */
export const MAX_SCHEMA_DIAGNOSTICS = 100;

function describe(error: AjvError): string {
  const p = error.params;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown property '${String(p.additionalProperty)}'`;
    case 'required':
      return `missing required property '${String(p.missingProperty)}'`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'pattern':
      return 'is not a valid identifier (letters, digits, _ - . : and no spaces)';
    default:
      return error.message ?? `fails the ${error.keyword} rule`;
  }
}

function pointerFor(error: AjvError): string {
  if (error.keyword === 'additionalProperties') {
    return `${error.instancePath}/${String(error.params.additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  return error.instancePath;
}

/** What a list field holds, for messages in words ("needs at least one ally group"). */
const ITEM_NOUNS: Record<string, string> = {
  allies: 'ally group',
  enemies: 'enemy group',
  choices: 'choice',
  cases: 'case',
  lines: 'line',
  effects: 'effect',
  objectives: 'objective',
};

/** "one ally group", "8 enemy groups": a limit in words. */
const limitInWords = (n: number, noun: string): string => (n === 1 ? `one ${noun}` : `${n} ${noun}s`);

/** A node-scoped error in words, without the node: "needs at least one ally group (allies)". */
function describeInNode(error: AjvError, field: string): string {
  const p = error.params;
  const last =
    field
      .split('/')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? '';
  const noun = ITEM_NOUNS[last] ?? 'item';
  const where = field === '' ? '' : ` (${field})`;
  switch (error.keyword) {
    case 'minItems':
      return `needs at least ${limitInWords(Number(p.limit), noun)}${where}`;
    case 'maxItems':
      return `can have at most ${limitInWords(Number(p.limit), noun)}${where}`;
    case 'minLength':
      return Number(p.limit) === 1 ? `must not be empty${where}` : `needs at least ${Number(p.limit)} characters${where}`;
    case 'required':
      return `is missing its ${String(p.missingProperty)}${where}`;
    case 'additionalProperties':
      return `has an unknown property '${String(p.additionalProperty)}'${where}`;
    case 'minimum':
      return `must be at least ${String(p.limit)}${where}`;
    case 'maximum':
      return `must be at most ${String(p.limit)}${where}`;
    case 'exclusiveMinimum':
      return `must be more than ${String(p.limit)}${where}`;
    case 'exclusiveMaximum':
      return `must be less than ${String(p.limit)}${where}`;
    case 'type':
      return `must be a ${String(p.type)}${where}`;
    default:
      return `${field === '' ? '' : `${field} `}${describe(error)}`;
  }
}

const NODE_PATH = /^\/nodes\/(\d+)(?:\/(.*))?$/;

/** The node an error is inside, by its index in `nodes`, and the field's path inside the node. */
function nodeOf(document: unknown, instancePath: string): { index: number; node: Record<string, unknown> | null; field: string } | null {
  const match = NODE_PATH.exec(instancePath);
  if (!match) return null;
  const index = Number(match[1]);
  const nodes = (document as { nodes?: unknown }).nodes;
  const node = Array.isArray(nodes) ? (nodes[index] as unknown) : undefined;
  const field = (match[2] ?? '')
    .replace(/^data(\/|$)/, '')
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
  return {
    index,
    node: node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>) : null,
    field,
  };
}

/** How a message names a node: its type and title ("Combat 'Ambush at the Docks'"), else its id or place. */
function nodeName(node: Record<string, unknown> | null, index: number): string {
  const type = typeof node?.type === 'string' && node.type !== '' ? node.type.charAt(0).toUpperCase() + node.type.slice(1) : 'Node';
  const title = typeof node?.title === 'string' && node.title.trim() !== '' ? node.title : typeof node?.id === 'string' ? node.id : null;
  return title === null ? `${type} ${index + 1}` : `${type} '${title}'`;
}

/** One error as a diagnostic: inside a node it names the node in words and carries its id (the row links to it). */
function toDiagnostic(document: unknown, error: AjvError): Diagnostic {
  const path = pointerFor(error);
  const inNode = nodeOf(document, error.instancePath);
  if (inNode === null)
    return { code: 'schema', severity: 'error', message: `${error.instancePath || 'top level'}: ${describe(error)}`, path };
  const message = `${nodeName(inNode.node, inNode.index)}: ${describeInNode(error, inNode.field)}`;
  const id = inNode.node?.id;
  return typeof id === 'string'
    ? { code: 'schema', severity: 'error', message, nodeId: id, path }
    : { code: 'schema', severity: 'error', message, path };
}

/**
 * Checks a parsed document against the mission JSON Schema; each problem is a `schema` diagnostic. Past
 * `MAX_SCHEMA_DIAGNOSTICS`, one last row counts the rest (it points at the first of them).
 */
export function checkSchema(document: unknown): Diagnostic[] {
  // `if` errors only say that a `then` failed; the `then` branch's own errors are the useful ones.
  const errors = schemaErrors(document).filter((e) => e.keyword !== 'if');
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  let more = 0;
  let firstUnlisted = '';
  for (const error of errors) {
    const diagnostic = toDiagnostic(document, error);
    const key = `${diagnostic.path}\n${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (diagnostics.length < MAX_SCHEMA_DIAGNOSTICS) diagnostics.push(diagnostic);
    else if (more++ === 0) firstUnlisted = diagnostic.path;
  }
  if (more > 0) {
    diagnostics.push({
      code: 'schema',
      severity: 'error',
      message: `${plural(more, 'more schema error')} past the first ${MAX_SCHEMA_DIAGNOSTICS}, from here on`,
      path: firstUnlisted,
    });
  }
  return diagnostics;
}
