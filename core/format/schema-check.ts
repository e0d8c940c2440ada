import type { Diagnostic } from '../validate/diagnostic.types';
import { validate as firstSchemaError } from './generated/mission-schema.first-error';
import { validate as validateAgainstSchema } from './generated/mission-schema.validate';

/** The error shape of Ajv's generated validators. */
interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

type GeneratedValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** At most this many schema errors are reported: past that they are noise, and a hostile file has millions. */
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

/**
 * Past this many items in one array, only the first schema error is listed. Ajv's all-errors code concatenates
 * error arrays item by item, quadratic in the number of errors: 5,000 bad nodes took 13 s, 100,000 bad fight
 * groups minutes. A real mission with more items than this still gets its first error, with line and column.
 */
const MAX_ITEMS_FOR_ALL_ERRORS = 1_000;

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

/** Checks a parsed document against the mission JSON Schema; each problem is a `schema` diagnostic. */
export function checkSchema(document: unknown): Diagnostic[] {
  const first = firstSchemaError as GeneratedValidator;
  if (first(document)) return [];
  const validator = longestArray(document) > MAX_ITEMS_FOR_ALL_ERRORS ? first : (validateAgainstSchema as GeneratedValidator);
  if (validator === validateAgainstSchema) validator(document);
  // `if` errors only say that a `then` failed; the `then` branch's own errors are the useful ones.
  const errors = (validator.errors ?? []).filter((e) => e.keyword !== 'if');
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const path = pointerFor(error);
    const message = `${error.instancePath || 'top level'}: ${describe(error)}`;
    if (seen.has(message)) continue;
    seen.add(message);
    diagnostics.push({ code: 'schema', severity: 'error', message, path });
    if (diagnostics.length >= MAX_SCHEMA_DIAGNOSTICS) break;
  }
  return diagnostics;
}
