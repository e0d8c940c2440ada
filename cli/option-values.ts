import type { OptionValues } from './command.types';

/** A whole-number option, its default when absent, or an Error message naming the option. */
export function integerOption(
  options: OptionValues,
  name: string,
  fallback: number,
  { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {},
): { ok: true; value: number } | { ok: false; message: string } {
  const raw = options[name];
  if (raw === undefined) return { ok: true, value: fallback };
  const text = String(raw).replace(/_/g, '');
  const value = /^-?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? (min === Number.MIN_SAFE_INTEGER ? '' : ` of at least ${min}`) : ` from ${min} to ${max}`;
    return { ok: false, message: `--${name} takes a whole number${range}, not '${String(raw)}'` };
  }
  return { ok: true, value };
}
