/**
 * The contract of the small expression editor used by the inspector for `condition` and `effects` strings:
 * one line of Monaco with the expression language's highlighting, its errors as markers, and completion of
 * the mission's variable ids. It shows a plain text field with the same name until first focused, then
 * makes the Monaco editor (Monaco itself loads when the app is idle).
 */
export interface ExpressionEditorProps {
  value: string;
  onChange(value: string): void;
  kind: 'condition' | 'effect';
  /** The accessible name of the field, e.g. "Condition of choice 2". */
  ariaLabel: string;
  placeholder?: string;
}
