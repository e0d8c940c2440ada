/** The bounds the mission schema puts on a number field. */
export interface NumberRule {
  integer?: boolean;
  min?: number;
  max?: number;
  /** The value must be greater than this (hull, group sizes). */
  above?: number;
}

/** The outcome of reading a number field: the value, or why it cannot be used. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads what was typed in a number field, within the rule's bounds. */
export function parseNumber(text: string, rule: NumberRule = {}): Parsed<number> {
  const trimmed = text.trim();
  // Number('') is 0 and Number('0x1f') is 31: accept only plain decimal notation.
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return { ok: false, message: 'Enter a number.' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: 'Enter a number.' };
  if (rule.integer && !Number.isInteger(value)) return { ok: false, message: 'Enter a whole number.' };
  if (rule.above !== undefined && !(value > rule.above)) return { ok: false, message: `Enter a number above ${rule.above}.` };
  if (rule.min !== undefined && value < rule.min) return { ok: false, message: `Enter ${rule.min} or more.` };
  if (rule.max !== undefined && value > rule.max) return { ok: false, message: `Enter ${rule.max} or less.` };
  return { ok: true, value };
}
