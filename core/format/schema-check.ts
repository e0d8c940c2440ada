import type { Diagnostic } from '../validate/diagnostic.types';
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

/** Checks a parsed document against the mission JSON Schema; each problem is a `schema` diagnostic. */
export function checkSchema(document: unknown): Diagnostic[] {
  const validator = validateAgainstSchema as GeneratedValidator;
  if (validator(document)) return [];
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
