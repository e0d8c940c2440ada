import { useState } from 'react';
import type { Value, VariableDecl } from '@mission-studio/core/format';

/** An editor for one variable's value, by its declared type; `onChange` gets only values that fit the type. */
export function VariableField({
  decl,
  value,
  disabled,
  onChange,
}: {
  decl: VariableDecl;
  value: Value;
  disabled?: boolean;
  onChange(value: Value): void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const label = decl.id;
  switch (decl.type) {
    case 'bool':
      return (
        <input
          type="checkbox"
          aria-label={label}
          checked={value === true}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
        />
      );
    case 'enum':
      return (
        <select aria-label={label} value={String(value)} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          {(decl.values ?? []).map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      );
    case 'number':
    case 'string': {
      // Typing goes to a draft; the value is set on Enter or leaving the field, so a half-typed number is not an override.
      const commit = () => {
        if (draft === null) return;
        if (decl.type === 'string') onChange(draft);
        else if (draft.trim() !== '' && Number.isFinite(Number(draft))) onChange(Number(draft));
        setDraft(null);
      };
      return (
        <input
          type={decl.type === 'number' ? 'number' : 'text'}
          aria-label={label}
          value={draft ?? String(value)}
          disabled={disabled}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      );
    }
  }
}
