import { memo, useMemo } from 'react';
import type { Mission } from '@mission-studio/core/format';
import { plural } from '@mission-studio/core/strings';
import { useServices } from '../app-context';
import { revealNode } from '../state/reveal';
import type { ProblemBadge } from './flow-model';
import { NodeIcon } from './node-icon';
import { missionOutline } from './outline-model';

/** A problem count in the outline, named for screen readers (it becomes part of the row's name). */
function Badge({ badge }: { badge: ProblemBadge }) {
  const name = plural(badge.count, 'problem');
  return (
    <span className={`node-badge outline-badge badge-${badge.severity}`} role="img" aria-label={name}>
      {badge.count}
    </span>
  );
}

/**
 * The Outline: the acts in reading order, each with its nodes in flow order (type icon, title, problem badge).
 * A click reveals the act or node on the canvas and selects it. Beside the canvas, opened from its Outline button.
 */
export const OutlinePanel = memo(function OutlinePanel({
  mission,
  badges,
  selected,
}: {
  mission: Mission;
  badges: ReadonlyMap<string, ProblemBadge>;
  selected: ReadonlySet<string>;
}) {
  const services = useServices();
  const acts = useMemo(() => missionOutline(mission, badges), [mission, badges]);
  return (
    <nav className="graph-outline" aria-label="Outline">
      <ol className="outline-acts">
        {acts.map((act, i) => (
          <li key={act.id ?? `outside-${i}`}>
            {act.id === null ? (
              <div className="outline-act">{act.title}</div>
            ) : (
              <button
                type="button"
                className="outline-act"
                aria-current={selected.has(act.id) || undefined}
                onClick={() => revealNode(services, act.id as string)}
              >
                <span className="outline-title">{act.title}</span>
                {act.badge && <Badge badge={act.badge} />}
              </button>
            )}
            <ol className="outline-nodes">
              {act.nodes.map((n) => (
                <li key={n.id}>
                  <button
                    type="button"
                    className="outline-node"
                    aria-current={selected.has(n.id) || undefined}
                    onClick={() => revealNode(services, n.id)}
                  >
                    <NodeIcon type={n.type} />
                    <span className="outline-title">{n.title}</span>
                    {n.badge && <Badge badge={n.badge} />}
                  </button>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
});
