import { DraftField, type FieldBase } from './fields';
import { checkId, type IdRule } from './ids';
import { parseNumber, type NumberRule, type Parsed } from './parse-number';
import { parseList, parseTags } from './typed-value';

/** A number field within the schema's bounds; with `optional`, clearing it removes the value. */
export function NumberField({
  value,
  rule,
  onChange,
  optional,
  placeholder,
  ...base
}: FieldBase & {
  value: number | undefined;
  rule?: NumberRule;
  onChange(value: number | undefined): void;
  optional?: boolean;
  placeholder?: string;
}) {
  const parse = (text: string): Parsed<number | undefined> =>
    optional && text.trim() === '' ? { ok: true, value: undefined } : parseNumber(text, rule);
  return (
    <DraftField
      {...base}
      value={value === undefined ? '' : String(value)}
      parse={parse}
      format={(v) => (v === undefined ? '' : String(v))}
      onCommit={onChange}
      live
      inputMode={rule?.integer ? 'numeric' : 'decimal'}
      placeholder={placeholder}
      className={`field-number ${base.className ?? ''}`}
    />
  );
}

/** An id field: checked as typed, committed (renamed) on Enter or when it loses focus. */
export function IdField({ value, rule, onRename, ...base }: FieldBase & { value: string; rule: IdRule; onRename(to: string): void }) {
  const parse = (text: string): Parsed<string> => {
    const problem = checkId(text, value, rule);
    return problem ? { ok: false, message: problem } : { ok: true, value: text };
  };
  return (
    <DraftField
      {...base}
      value={value}
      parse={parse}
      format={(v) => v}
      onCommit={onRename}
      className={`field-id ${base.className ?? ''}`}
    />
  );
}

/** A comma-separated list of words (factions, tags, enum values); `pattern` checks each, `min` the count. */
export function ListField({
  value,
  onChange,
  pattern,
  min = 0,
  placeholder,
  ...base
}: FieldBase & { value: readonly string[]; onChange(value: string[]): void; pattern?: RegExp; min?: number; placeholder?: string }) {
  const parse = (text: string): Parsed<string[]> => {
    const items = parseList(text);
    const bad = pattern ? items.find((item) => !pattern.test(item)) : undefined;
    if (bad !== undefined)
      return { ok: false, message: `'${bad}' is not a valid name: use letters, digits and _, starting with a letter or _.` };
    if (items.length < min) return { ok: false, message: `List at least ${min}, separated by commas.` };
    return { ok: true, value: items };
  };
  return (
    <DraftField
      {...base}
      value={value.join(', ')}
      parse={parse}
      format={(v) => v.join(', ')}
      onCommit={onChange}
      live
      placeholder={placeholder}
    />
  );
}

/** A node's tags: words separated by spaces or commas (`parseTags`); committed as typed, shown space-separated as Twine writes them. */
export function TagsField({ value, onChange, ...base }: FieldBase & { value: readonly string[]; onChange(value: string[]): void }) {
  return (
    <DraftField
      {...base}
      value={value.join(' ')}
      parse={parseTags}
      format={(v) => v.join(' ')}
      onCommit={onChange}
      live
      placeholder="act1 needs-review"
    />
  );
}
