import { FieldProblems } from './field-problems';
import { ExpressionEditor } from '../monaco/expression-editor';

const PLACEHOLDERS = { condition: 'always (e.g. coalition >= 2)', effect: 'e.g. coalition += 1' } as const;

/**
 * A condition or effect with its visible label, the expression editor, and the validator's problems for its
 * path (so errors show even before the editor's own markers load).
 */
export function ExpressionField({ label, value, onChange, kind, path, hideLabel, placeholder }: { label: string; value: string; onChange(value: string): void; kind: 'condition' | 'effect'; path?: string; hideLabel?: boolean; placeholder?: string }) {
  return (
    <div className="field field-expression">
      {!hideLabel && (
        <span className="field-label" aria-hidden="true">
          {label}
        </span>
      )}
      <ExpressionEditor value={value} onChange={onChange} kind={kind} ariaLabel={label} placeholder={placeholder ?? PLACEHOLDERS[kind]} />
      <FieldProblems path={path} />
    </div>
  );
}
