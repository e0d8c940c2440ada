import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import type { Mission } from '@mission-studio/core/format';
import {
  flowPointAt,
  minimapMapping,
  minimapPicture,
  minimapSize,
  viewRect,
  type MinimapMapping,
  type MinimapPicture,
} from './minimap-model';

const canvasSize = (s: ReactFlowState) => `${s.width}x${s.height}`;

/**
 * Draws the mission's frames and nodes once per change of the mission or the box (the costly part). Shapes are
 * batched into one path per colour: Chromium's 2D canvas records every call and replays them all when the layer
 * is first copied, and 5,000 separate fillRects took seconds there; a dozen filled paths take a few ms.
 */
function drawPicture(picture: MinimapPicture, mapping: MinimapMapping, width: number, height: number, ratio: number): HTMLCanvasElement {
  const layer = document.createElement('canvas');
  layer.width = Math.round(width * ratio);
  layer.height = Math.round(height * ratio);
  const g = layer.getContext('2d');
  if (!g) return layer;
  g.scale(ratio, ratio);
  g.translate(mapping.offsetX, mapping.offsetY);
  g.scale(mapping.scale, mapping.scale);
  // At least one screen pixel, so a node never vanishes from a large mission's map.
  const least = 1 / mapping.scale;
  const frames = new Path2D();
  const byColor = new Map<string, Path2D>();
  for (const shape of picture.shapes) {
    if (shape.group) frames.rect(shape.x, shape.y, shape.width, shape.height);
    else {
      let path = byColor.get(shape.color);
      if (!path) byColor.set(shape.color, (path = new Path2D()));
      path.rect(shape.x, shape.y, Math.max(shape.width, least), Math.max(shape.height, least));
    }
  }
  g.fillStyle = 'rgb(255 255 255 / 5%)';
  g.fill(frames);
  g.strokeStyle = '#59636e';
  g.lineWidth = least;
  g.stroke(frames);
  for (const [color, path] of byColor) {
    g.fillStyle = color;
    g.fill(path);
  }
  return layer;
}

/**
 * The minimap: the whole mission in a box of its own shape (bottom right of the canvas, at most 30% by 25% of
 * it), with the part in view outlined. Pressing or dragging on it moves the view there. One <canvas> instead
 * of React Flow's SVG minimap: a 5,000-node mission is drawn once per edit, not re-rasterised on every pan.
 */
export function MissionMinimap({ mission, onJump }: { mission: Mission; onJump: () => void }) {
  const flow = useReactFlow();
  const transform = useStore((s) => s.transform);
  const [canvasWidth, canvasHeight] = useStore(canvasSize).split('x').map(Number) as [number, number];
  const picture = useMemo(() => minimapPicture(mission), [mission]);
  const size = useMemo(
    () => minimapSize(picture.bounds, { width: canvasWidth, height: canvasHeight }),
    [picture, canvasWidth, canvasHeight],
  );
  const mapping = useMemo(() => minimapMapping(picture.bounds, size), [picture, size]);
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const layer = useMemo(() => drawPicture(picture, mapping, size.width, size.height, ratio), [picture, mapping, size, ratio]);
  const element = useRef<HTMLCanvasElement>(null);
  const dragging = useRef(false);

  useEffect(() => {
    const g = element.current?.getContext('2d');
    if (!g) return;
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, layer.width, layer.height);
    g.drawImage(layer, 0, 0);
    const view = viewRect(transform, { width: canvasWidth, height: canvasHeight });
    g.scale(ratio, ratio);
    g.strokeStyle = '#6cb6ff';
    g.lineWidth = 1.5;
    g.fillStyle = 'rgb(108 182 255 / 12%)';
    const x = view.x * mapping.scale + mapping.offsetX;
    const y = view.y * mapping.scale + mapping.offsetY;
    g.fillRect(x, y, view.width * mapping.scale, view.height * mapping.scale);
    g.strokeRect(x, y, view.width * mapping.scale, view.height * mapping.scale);
  }, [layer, transform, mapping, ratio, canvasWidth, canvasHeight]);

  // The view centres on the point under the pointer, at the same zoom, at once (no animation while dragging).
  const moveTo = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const point = flowPointAt(mapping, event.clientX - box.left, event.clientY - box.top);
    onJump();
    void flow.setCenter(point.x, point.y, { zoom: flow.getZoom() });
  };
  return (
    <canvas
      ref={element}
      className="mission-minimap nopan nowheel"
      role="img"
      aria-label="Minimap: press to move the view there"
      width={Math.round(size.width * ratio)}
      height={Math.round(size.height * ratio)}
      style={size}
      onPointerDown={(event) => {
        dragging.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
        moveTo(event);
      }}
      onPointerMove={(event) => {
        if (dragging.current) moveTo(event);
      }}
      onPointerUp={() => {
        dragging.current = false;
      }}
      onLostPointerCapture={() => {
        dragging.current = false;
      }}
    />
  );
}
