import { FieldProblems } from './field-problems';
import { ExpressionEditor } from '../monaco/expression-editor';
import { useExpressionExamples } from './use-inspector';

/** What an empty field means, with an example written with the open mission's own variables. */
function defaultPlaceholder(kind: 'condition' | 'effect', example: string): string {
  return kind === 'condition' ? `always (e.g. ${example})` : `e.g. ${example}`;
}

/**
 * A condition or effect with its visible label, the expression editor, and the validator's problems for its
 * path (so errors show even before the editor's own markers load).
 */
export function ExpressionField({
  label,
  value,
  onChange,
  kind,
  path,
  hideLabel,
  placeholder,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  kind: 'condition' | 'effect';
  path?: string;
  hideLabel?: boolean;
  placeholder?: string;
}) {
  const examples = useExpressionExamples();
  return (
    <div className="field field-expression">
      {!hideLabel && (
        <span className="field-label" aria-hidden="true">
          {label}
        </span>
      )}
      <ExpressionEditor
        value={value}
        onChange={onChange}
        kind={kind}
        ariaLabel={label}
        placeholder={placeholder ?? defaultPlaceholder(kind, examples[kind])}
      />
      <FieldProblems path={path} />
    </div>
  );
}
