import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { findInMission, replaceAllMatches, replaceMatch, type FindMatch } from '@mission-studio/core/edit';
import { useEditor, useServices } from '../app-context';
import { revealNode } from '../state/reveal';
import { counterText, cycleIndex, followMatch, replacedText } from './find-cursor';
import { ReplaceRow } from './replace-row';
import './find.css';

const NO_MATCHES: FindMatch[] = [];

/** The bar itself: a query, a counter, previous/next, Replace and Replace all, and the current match's excerpt. */
function FindBar({ focusSeq, onClose }: { focusSeq: number; onClose(): void }) {
  const services = useServices();
  const { store } = services;
  const mission = useEditor((s) => s.doc?.mission ?? null);
  const [query, setQuery] = useState('');
  // What the last Replace all did, until the query changes or another match is shown.
  const [replaced, setReplaced] = useState<string | null>(null);
  const matches = useMemo(() => (mission ? findInMission(mission, query) : NO_MATCHES), [mission, query]);
  // The cursor remembers which list it points into, so an edit that changes the matches keeps it on its field.
  const [cursor, setCursor] = useState({ matches, index: 0 });
  let index = cursor.index;
  if (cursor.matches !== matches) {
    index = followMatch(cursor.matches[cursor.index], cursor.index, matches);
    setCursor({ matches, index });
  }
  const current = matches[index];
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusSeq]);

  const show = (list: readonly FindMatch[], to: number) => {
    const match = list[to];
    setCursor({ matches: list as FindMatch[], index: Math.max(to, 0) });
    setReplaced(null);
    if (match) revealNode(services, match.nodeId);
  };
  const step = (by: number) => show(matches, cycleIndex(index, matches.length, by));

  // Each replace is one edit, so one undo step. Afterwards the cursor stays on the field if it still matches,
  // else moves on to the next match, and that match is revealed.
  const replaceOne = (replacement: string) => {
    const edit = current && mission ? replaceMatch(mission, current, query, replacement) : null;
    if (!edit) return;
    store.getState().edit(edit);
    const after = store.getState().doc?.mission;
    if (after) {
      const next = findInMission(after, query);
      show(next, followMatch(current, index, next));
    }
  };
  const replaceAll = (replacement: string) => {
    const edit = mission ? replaceAllMatches(mission, query, replacement) : null;
    if (edit) store.getState().edit(edit);
    setReplaced(replacedText(edit?.kind === 'replace-text' ? edit.changes.length : 0));
    // The button just went disabled (nothing matches now): keep the keyboard in the bar, on the query.
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter' && event.target === input.current) {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    }
  };

  const none = matches.length === 0;
  return (
    <div role="search" aria-label="Find in mission" className="find-bar" onKeyDown={onKeyDown}>
      <div className="find-row">
        <input
          ref={input}
          aria-label="Find"
          placeholder="Find in titles, lines, choices…"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            const text = event.target.value;
            setQuery(text);
            setReplaced(null);
            // Typing jumps to the first match, as in a browser's find.
            show(mission ? findInMission(mission, text) : NO_MATCHES, 0);
          }}
        />
        <div className="find-actions">
          <span className="find-count" aria-live="polite">
            {counterText(index, matches.length, query)}
          </span>
          <button type="button" aria-label="Previous match" title="Previous match (Shift+Enter)" disabled={none} onClick={() => step(-1)}>
            ↑
          </button>
          <button type="button" aria-label="Next match" title="Next match (Enter)" disabled={none} onClick={() => step(1)}>
            ↓
          </button>
          <button type="button" aria-label="Close find" title="Close (Escape)" onClick={onClose}>
            ×
          </button>
        </div>
      </div>
      <ReplaceRow canReplace={current !== undefined} canReplaceAll={!none} onReplace={replaceOne} onReplaceAll={replaceAll} />
      {/* Always in the page, so a screen reader hears what Replace all did when the text appears. */}
      <p className="find-status" role="status">
        {replaced}
      </p>
      {replaced === null && current && (
        <p className="find-excerpt">
          <span className="find-where">
            {current.nodeId} · {current.field}
          </span>{' '}
          {current.excerpt.slice(0, current.at)}
          <mark>{current.excerpt.slice(current.at, current.at + current.length)}</mark>
          {current.excerpt.slice(current.at + current.length)}
        </p>
      )}
    </div>
  );
}

/**
 * Edit > Find (Mod+F) while mounted: opens the find bar over the Graph region. Inside the Source view, Monaco's
 * own find keeps Mod+F (the keyboard router leaves that key to Monaco).
 */
export function Find() {
  const { commands } = useServices();
  const [open, setOpen] = useState(false);
  const [focusSeq, setFocusSeq] = useState(0);

  useEffect(
    () =>
      commands.register([
        {
          id: 'edit.find',
          label: 'Find',
          menu: 'edit',
          shortcut: 'Mod+F',
          enabled: (c) => c.store.getState().doc !== null,
          run: () => {
            setOpen(true);
            setFocusSeq((n) => n + 1);
          },
        },
      ]),
    [commands],
  );

  if (!open) return null;
  const bar = <FindBar focusSeq={focusSeq} onClose={() => setOpen(false)} />;
  // Float over the canvas where the matches are shown; without a Graph region, stay in the page's flow.
  const graph = document.querySelector<HTMLElement>('section[aria-label="Graph"]');
  return graph ? createPortal(bar, graph) : bar;
}
