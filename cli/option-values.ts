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
    const range =
      max === Number.MAX_SAFE_INTEGER ? (min === Number.MIN_SAFE_INTEGER ? '' : ` of at least ${min}`) : ` from ${min} to ${max}`;
    return { ok: false, message: `--${name} takes a whole number${range}, not '${String(raw)}'` };
  }
  return { ok: true, value };
}

/** `--time-budget SECONDS` in milliseconds (a positive number, fractions allowed; 0 means no budget). */
export function secondsOption(
  options: OptionValues,
  name: string,
  fallbackMs: number,
): { ok: true; value: number | undefined } | { ok: false; message: string } {
  const raw = options[name];
  if (raw === undefined) return { ok: true, value: fallbackMs };
  const seconds = /^\d+(\.\d+)?$/.test(String(raw)) ? Number(raw) : NaN;
  if (!Number.isFinite(seconds))
    return { ok: false, message: `--${name} takes seconds (a number of at least 0; 0 for no budget), not '${String(raw)}'` };
  return { ok: true, value: seconds === 0 ? undefined : seconds * 1000 };
}
