import type { SourceRange } from '../../core/validate/diagnostic.types';
import type { RevealRequest } from '../state/editor-store';

// The last reveal request each store's source view carried out, kept outside the view: a view mounted later
// (the panel shown again, Monaco replacing the fallback) must act on a new request, but never replay an old one.
const handled = new WeakMap<object, number>();

/** The range to reveal in the source for `request`, once: later calls with the same request give null. */
export function takeReveal(store: object, request: RevealRequest | null): SourceRange | null {
  if (!request || request.where !== 'source' || !request.range) return null;
  if ((handled.get(store) ?? 0) >= request.seq) return null;
  handled.set(store, request.seq);
  return request.range;
}
