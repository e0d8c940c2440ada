import { useMemo } from 'react';
import { formatValue } from '@mission-studio/core/expressions';
import { selectRunState, usePreview } from './use-preview';

/** The ending: outcome, its text, how long the path was, and the variables it ended with. */
export function EndingStatus() {
  const mission = usePreview((s) => s.mission);
  const state = usePreview(selectRunState);
  const nodesEntered = useMemo(() => state?.events.filter((e) => e.type === 'enter-node').length ?? 0, [state]);
  if (!state) return null;
  if (state.status === 'error') {
    return (
      <div className="ending ending-error" role="status" data-outcome="error">
        <strong>The run stopped</strong>
        <p>{state.error?.message}</p>
      </div>
    );
  }
  if (!state.ending) return null;
  const { outcome, text, nodeId } = state.ending;
  const title = mission?.nodes.find((n) => n.id === nodeId)?.title ?? nodeId;
  return (
    <div className={`ending ending-${outcome}`} role="status" data-outcome={outcome}>
      <strong>
        {outcome === 'success' ? 'Success' : 'Failure'}: {title}
      </strong>
      <p>{text}</p>
      <p className="muted">
        Path: {state.inputs.length} inputs, {nodesEntered} nodes entered
      </p>
      <dl className="final-vars">
        {Object.entries(state.variables).map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{formatValue(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
