import { useState, type KeyboardEvent } from 'react';

/**
 * The find bar's second row: the replacement text, Replace (the current match) and Replace all. Enter in the
 * text box replaces the current match, as in a code editor's find widget.
 */
export function ReplaceRow({
  canReplace,
  canReplaceAll,
  onReplace,
  onReplaceAll,
}: {
  canReplace: boolean;
  canReplaceAll: boolean;
  onReplace(replacement: string): void;
  onReplaceAll(replacement: string): void;
}) {
  const [replacement, setReplacement] = useState('');
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (canReplace) onReplace(replacement);
  };
  return (
    <div className="find-row replace-row">
      <input
        aria-label="Replace with"
        placeholder="Replace with…"
        spellCheck={false}
        value={replacement}
        onChange={(event) => setReplacement(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="find-actions">
        <button type="button" title="Replace this match (Enter)" disabled={!canReplace} onClick={() => onReplace(replacement)}>
          Replace
        </button>
        <button
          type="button"
          title="Replace every match: one undo step"
          disabled={!canReplaceAll}
          onClick={() => onReplaceAll(replacement)}
        >
          Replace all
        </button>
      </div>
    </div>
  );
}
