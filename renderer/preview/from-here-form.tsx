import { useServices } from '../app-context';
import { usePreview } from './use-preview';
import { VariableField } from './variable-field';
import type { VariableDecl } from '@mission-studio/core/format';

const NO_DECLS: VariableDecl[] = [];

/** "Play from here": the variables a real run has at the node, editable, then Start here. */
export function FromHereForm() {
  const fromHere = usePreview((s) => s.fromHere);
  const decls = usePreview((s) => s.mission?.variables ?? NO_DECLS);
  const title = usePreview((s) =>
    s.fromHere ? (s.mission?.nodes.find((n) => n.id === s.fromHere?.nodeId)?.title ?? s.fromHere.nodeId) : '',
  );
  const preview = useServices().preview;
  if (!fromHere) return null;
  const p = preview.getState();
  return (
    <form
      className="from-here"
      aria-label="Play from here"
      onSubmit={(e) => {
        e.preventDefault();
        p.startFromHere();
      }}
    >
      {fromHere.status === 'searching' && <p>Looking for a way to “{title}”…</p>}
      {fromHere.status === 'failed' && <p className="run-notice-warning">{fromHere.error}</p>}
      {fromHere.status === 'ready' && (
        <>
          <p>
            Start at <strong>{title}</strong> as {fromHere.plan.faction}, with the variables a run has there ({fromHere.plan.steps} inputs
            from the start):
          </p>
          <table className="watch-vars">
            <tbody>
              {decls.map((decl) => (
                <tr key={decl.id}>
                  <th scope="row">{decl.id}</th>
                  <td>
                    <VariableField
                      decl={decl}
                      value={fromHere.plan.variables[decl.id] ?? decl.initial}
                      onChange={(v) => p.editFromHere(decl.id, v)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="run-row">
        {fromHere.status === 'ready' && (
          <button type="submit" className="primary">
            Start here
          </button>
        )}
        <button type="button" onClick={() => p.setFromHere(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
