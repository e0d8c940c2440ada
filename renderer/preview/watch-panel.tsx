import type { VariableDecl } from '@mission-studio/core/format';
import { nodeTextStringId } from '@mission-studio/core/strings';
import { useServices } from '../app-context';
import { revealNode } from '../state/reveal';
import { UntranslatedMark } from '../translations/untranslated-mark';
import { usePreviewLocalize } from '../translations/use-localize';
import { selectRunState, usePreview } from './use-preview';
import { VariableField } from './variable-field';

const NO_DECLS: VariableDecl[] = [];
const NO_BREAKPOINTS: readonly string[] = [];

/** Every variable with its value (editable: an override recorded in the run), the objectives and the breakpoints. */
export function WatchPanel() {
  const decls = usePreview((s) => s.mission?.variables ?? NO_DECLS);
  const state = usePreview(selectRunState);
  const breakpoints = usePreview((s) => s.breakpoints ?? NO_BREAKPOINTS);
  const mission = usePreview((s) => s.mission);
  const services = useServices();
  const localize = usePreviewLocalize();
  const { preview } = services;
  const select = (nodeId: string) => revealNode(services, nodeId);
  if (!state) return null;
  const editable = state.status === 'awaiting-input';
  const title = (id: string) => mission?.nodes.find((n) => n.id === id)?.title ?? id;
  return (
    <div className="watch">
      <section aria-label="Watch">
        <h3>Watch</h3>
        <table className="watch-vars">
          <tbody>
            {decls.map((decl) => {
              const value = state.variables[decl.id] ?? decl.initial;
              return (
                <tr key={decl.id} title={decl.description}>
                  <th scope="row">{decl.id}</th>
                  <td>
                    <VariableField
                      decl={decl}
                      value={value}
                      disabled={!editable}
                      onChange={(v) => preview.getState().override(decl.id, v)}
                    />
                  </td>
                </tr>
              );
            })}
            <tr>
              <th scope="row">faction</th>
              <td>{state.faction}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <section aria-label="Objectives">
        <h3>Objectives</h3>
        {state.objectives.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <ul className="objectives">
            {state.objectives.map((o) => {
              // The objective's text in the preview's language (the tracker is what a player would read).
              const text = localize(nodeTextStringId(o.nodeId), o.text);
              return (
                <li key={o.nodeId} className={`objective-${o.status}`}>
                  <span className="objective-mark" aria-hidden="true">
                    {o.status === 'done' ? '✓' : '○'}
                  </span>{' '}
                  {text.text}
                  {text.fallback && <UntranslatedMark />}
                  <span className="muted">
                    {' '}
                    ({o.status}
                    {o.optional ? ', optional' : ''})
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-label="Breakpoints">
        <h3>Breakpoints</h3>
        {breakpoints.length === 0 ? (
          <p className="muted">Select a node and press F9.</p>
        ) : (
          <ul className="breakpoints">
            {breakpoints.map((id) => (
              <li key={id}>
                <span className="breakpoint-dot" aria-hidden="true" />
                <button type="button" className="link-button" onClick={() => select(id)}>
                  {title(id)}
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove breakpoint ${title(id)}`}
                  onClick={() => preview.getState().toggleBreakpoint(id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
