import { useEditor } from './app-context';
import { describePlayCheck } from './play-check/play-check-status';

/** The bottom line: size of the mission and a count of its problems. */
export function StatusBar() {
  const nodeCount = useEditor((s) => s.doc?.mission.nodes.length ?? null);
  const diagnostics = useEditor((s) => s.diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const playCheck = useEditor((s) => describePlayCheck(s.playCheck));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    <footer className="status-bar" aria-label="Status">
      {nodeCount !== null && <span>{plural(nodeCount, 'node')}</span>}
      <span>{plural(errors, 'error')}</span>
      <span>{plural(warnings, 'warning')}</span>
      {/* Polite: the play check runs in the background after edits and reports when done. */}
      <span role="status" aria-label="Play check" className="status-play-check">
        {playCheck}
      </span>
    </footer>
  );
}
