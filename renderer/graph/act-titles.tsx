import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { Mission } from '@mission-studio/core/format';
import { canvasPosition } from '@mission-studio/core/graph';
import { ActToggle } from './act-collapse';

/** How far past its frame's right edge an act title may run, in flow px (into the space between frames). */
const TITLE_OVERHANG = 100;
/** Room for the collapse toggle before the title, so the toggle never cuts the title short. */
const TOGGLE_ROOM = '2em';

/** Each group's title and where its frame starts on the canvas. */
function actTitles(mission: Mission): { id: string; title: string; width: number; x: number; y: number }[] {
  const byId = new Map(mission.nodes.map((n) => [n.id, n]));
  return mission.nodes.flatMap((n) =>
    n.type === 'group' ? [{ id: n.id, title: n.title, width: n.data.width, ...canvasPosition(n.id, byId) }] : [],
  );
}

/**
 * Zoomed out, the act (group) titles drawn over everything at a constant size on screen (`--label-scale`),
 * astride the top left of their frames (a frame's own title sits under its nodes), never much wider than the frame.
 * The acts are what a designer reads at that distance. Pointer events pass through to the canvas, except on each
 * title's collapse toggle (the frame's own toggle is too small to hit at this distance). The titles themselves are
 * hidden from screen readers: the frames name the acts already.
 */
export const ActTitles = memo(function ActTitles({ mission }: { mission: Mission }) {
  const titles = useMemo(() => actTitles(mission), [mission]);
  return (
    <ViewportPortal>
      <div className="act-titles">
        {titles.map((t) => (
          <div
            key={t.id}
            className="act-title"
            data-group-id={t.id}
            style={{
              transform: `translate(${t.x}px, ${t.y}px) scale(var(--label-scale, 1)) translateY(-50%)`,
              maxWidth: `calc(${t.width + TITLE_OVERHANG}px / var(--label-scale, 1) + ${TOGGLE_ROOM})`,
            }}
          >
            <ActToggle groupId={t.id} title={t.title} />
            <span aria-hidden="true">{t.title}</span>
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
});
