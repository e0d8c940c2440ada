import { useEditor } from './app-context';

/** The bottom line: size of the mission and a count of its problems. */
export function StatusBar() {
  const nodeCount = useEditor((s) => s.doc?.mission.nodes.length ?? null);
  const diagnostics = useEditor((s) => s.diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    <footer className="status-bar" aria-label="Status">
      {nodeCount !== null && <span>{plural(nodeCount, 'node')}</span>}
      <span>{plural(errors, 'error')}</span>
      <span>{plural(warnings, 'warning')}</span>
    </footer>
  );
}
