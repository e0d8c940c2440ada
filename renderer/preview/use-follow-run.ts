import { useEffect } from 'react';
import { useServices } from '../app-context';
import { usePreview } from './use-preview';

/** Narrower than this on screen, a node is too small to read: following the run zooms to it. */
const READABLE_WIDTH = 80;

/** Whether the node's element is fully inside the canvas and large enough to read. */
function nodeInView(nodeId: string): boolean {
  const element = document.querySelector(`.react-flow [data-node-id="${CSS.escape(nodeId)}"]`);
  const canvas = element?.closest('.react-flow');
  if (!element || !canvas) return false;
  const node = element.getBoundingClientRect();
  const view = canvas.getBoundingClientRect();
  return (
    node.width >= READABLE_WIDTH && node.left >= view.left && node.right <= view.right && node.top >= view.top && node.bottom <= view.bottom
  );
}

/**
 * Keeps the run's current node in view on the canvas while "Follow in graph" is on. It moves the canvas only
 * when the node is off screen or too small, and only after the step has painted, so a click on a choice shows
 * its result first and the canvas glides after.
 */
export function useFollowRun(): void {
  const { ctx } = useServices();
  const nodeId = usePreview((s) => (s.follow && s.session ? (s.session.states[s.session.states.length - 1]?.nodeId ?? null) : null));
  useEffect(() => {
    if (nodeId === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (!nodeInView(nodeId)) ctx.views.graph?.revealNode(nodeId);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ctx, nodeId]);
}
