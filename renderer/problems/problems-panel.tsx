import { useMemo } from 'react';
import type { Diagnostic, Severity } from '../../core/validate/diagnostic.types';
import { useEditor, useServices } from '../app-context';

const ORDER: Severity[] = ['error', 'warning', 'info'];
const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

/** Diagnostics grouped by severity, each group in file order. */
export function groupDiagnostics(diagnostics: readonly Diagnostic[]): Array<{ severity: Severity; items: Diagnostic[] }> {
  return ORDER.map((severity) => ({
    severity,
    items: diagnostics.filter((d) => d.severity === severity).sort((a, b) => (a.range?.offset ?? 0) - (b.range?.offset ?? 0)),
  })).filter((g) => g.items.length > 0);
}

/** The Problems region: every diagnostic by severity; a click selects and reveals its node, or its place in the source. */
export function ProblemsPanel() {
  const { store } = useServices();
  const diagnostics = useEditor((s) => s.diagnostics);
  const groups = useMemo(() => groupDiagnostics(diagnostics), [diagnostics]);
  const open = (d: Diagnostic) => {
    const state = store.getState();
    if (d.nodeId && state.doc?.mission.nodes.some((n) => n.id === d.nodeId)) state.revealNode(d.nodeId);
    else if (d.range) state.revealRange(d.range);
  };
  return (
    <section className="panel problems" aria-label="Problems">
      <h2>Problems</h2>
      {groups.length === 0 ? (
        <p className="muted">No problems found.</p>
      ) : (
        groups.map((group) => (
          <div key={group.severity} className="problem-group">
            <h3>
              {HEADINGS[group.severity]} ({group.items.length})
            </h3>
            <ul className="problem-list">
              {group.items.map((d, i) => (
                <li key={`${d.path}-${d.code}-${i}`} className={`problem problem-${d.severity}`}>
                  <button type="button" className="problem-button" onClick={() => open(d)}>
                    <span className="problem-severity">{d.severity}</span>{' '}
                    {d.range && <span className="problem-location">{`${d.range.line}:${d.range.column}`}</span>}{' '}
                    <span className="problem-message">{d.message}</span> <span className="problem-code">{d.code}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
