import { useId, useState, type ReactNode } from 'react';
import { FieldProblems, useHasProblems } from './field-problems';
import type { Parsed } from './parse-number';

/** What every field takes: its accessible name, and the JSON pointer its validator problems live at. */
export interface FieldBase {
  label: string;
  path?: string;
  /** Keep the label for screen readers only (table cells, whose column header says it). */
  hideLabel?: boolean;
  className?: string;
}

/** A label, a control and the control's problems, laid out as one field. */
function Shell({
  label,
  hideLabel,
  className,
  controlId,
  children,
  problems,
}: FieldBase & { controlId: string; children: ReactNode; problems: ReactNode }) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={controlId} className={hideLabel ? 'sr-only' : 'field-label'}>
        {label}
      </label>
      {children}
      {problems}
    </div>
  );
}

/** A text input, or a text area with `multiline`; every keystroke is a change. */
export function TextField({
  value,
  onChange,
  multiline,
  rows,
  placeholder,
  ...base
}: FieldBase & { value: string; onChange(value: string): void; multiline?: boolean; rows?: number; placeholder?: string }) {
  const id = useId();
  const invalid = useHasProblems(base.path);
  const common = {
    id,
    value,
    placeholder,
    'aria-invalid': invalid || undefined,
    'aria-describedby': `${id}-problems`,
    spellCheck: multiline,
  };
  return (
    <Shell {...base} controlId={id} problems={<FieldProblems id={`${id}-problems`} path={base.path} />}>
      {multiline ? (
        <textarea {...common} rows={rows ?? 2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
    </Shell>
  );
}

/** One option of a select. */
export interface Option {
  value: string;
  label: string;
}

/** A select. A value the options lack (an undeclared reference) is still shown, marked as such. */
export function SelectField({
  value,
  options,
  onChange,
  groups,
  ...base
}: FieldBase & {
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
  groups?: ReadonlyArray<{ label: string; options: readonly Option[] }>;
}) {
  const id = useId();
  const invalid = useHasProblems(base.path);
  const known = options.some((o) => o.value === value) || groups?.some((g) => g.options.some((o) => o.value === value));
  return (
    <Shell {...base} controlId={id} problems={<FieldProblems id={`${id}-problems`} path={base.path} />}>
      <select
        id={id}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-problems`}
        onChange={(e) => onChange(e.target.value)}
      >
        {!known && <option value={value}>{value === '' ? '(choose)' : `${value} (not declared)`}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Shell>
  );
}

/** A checkbox with its label beside it (or, with `hideLabel`, a short visible `text` such as true/false). */
export function CheckboxField({
  label,
  checked,
  onChange,
  path,
  className,
  hideLabel,
  text,
}: FieldBase & { checked: boolean; onChange(checked: boolean): void; text?: string }) {
  const id = useId();
  return (
    <div className={`field field-check ${className ?? ''}`}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id} className={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      {text && <span aria-hidden="true">{text}</span>}
      <FieldProblems path={path} />
    </div>
  );
}

/** What the person typed, and the stored value's text at that moment (a different stored value wins). */
interface Draft {
  text: string;
  base: string;
}

/**
 * A text field whose text must parse before it is stored: numbers, ids, lists. While the text does not parse,
 * it stays in the field with its problem beside it and nothing is dispatched. `live` commits each valid
 * keystroke (numbers); otherwise the value is committed on Enter or when the field loses focus (ids, whose
 * every intermediate value would be a rename). Escape puts the stored value back. Undo shows at once,
 * because a stored value that changed under the draft wins over it.
 */
export function DraftField<T>({
  value,
  parse,
  format,
  onCommit,
  live,
  placeholder,
  inputMode,
  ...base
}: FieldBase & {
  value: string;
  parse(text: string): Parsed<T>;
  format(value: T): string;
  onCommit(value: T): void;
  live?: boolean;
  placeholder?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const active = draft !== null && draft.base === value ? draft : null;
  const parsed = active ? parse(active.text) : null;
  const local = parsed && !parsed.ok ? parsed.message : null;
  const invalid = useHasProblems(base.path) || local !== null;
  const commit = () => {
    if (!active || !parsed?.ok) return;
    if (format(parsed.value) !== value) onCommit(parsed.value);
    setDraft(null);
  };
  const change = (text: string) => {
    const next = parse(text);
    if (live && next.ok) {
      const stored = format(next.value);
      if (stored !== value) onCommit(next.value);
      setDraft({ text, base: stored });
    } else setDraft({ text, base: value });
  };
  return (
    <Shell {...base} controlId={id} problems={<FieldProblems id={`${id}-problems`} path={base.path} local={local} />}>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        value={active ? active.text : value}
        placeholder={placeholder}
        spellCheck={false}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-problems`}
        onChange={(e) => change(e.target.value)}
        onBlur={live ? () => parsed?.ok && setDraft(null) : commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !live) commit();
          if (e.key === 'Escape' && active) {
            e.stopPropagation();
            setDraft(null);
          }
        }}
      />
    </Shell>
  );
}
