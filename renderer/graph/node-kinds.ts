import { NODE_KINDS } from '@mission-studio/core/graph';

// The look itself lives in core (the exported picture draws nodes the same way); the page's CSS for it is here.
export { NODE_KINDS } from '@mission-studio/core/graph';

/**
 * CSS giving every element with `data-kind="<type>"` its type's `--kind` colour and `--glyph`. Rules rather than
 * inline styles: a thousand nodes with the same inline custom properties each get their own style, while
 * elements matching the same rules share one.
 */
export function kindStyleSheet(): string {
  return Object.entries(NODE_KINDS)
    .map(([type, kind]) => `[data-kind="${type}"] { --kind: ${kind.color}; --glyph: ${JSON.stringify(kind.glyph)}; }`)
    .join('\n');
}

/** Adds the kind rules to the page once (graph-view.tsx calls it when first loaded). */
export function installKindStyles(doc: Document): void {
  if (doc.getElementById('mission-kind-styles')) return;
  const style = doc.createElement('style');
  style.id = 'mission-kind-styles';
  style.textContent = kindStyleSheet();
  doc.head.appendChild(style);
}
