import type { Mission } from '@mission-studio/core/format';

/** What the expression language needs to know about one editor's model: its kind and the current mission. */
export interface ExpressionContext {
  kind(): 'condition' | 'effect';
  mission(): Mission | null;
}

// Monaco's providers are global per language; each expression editor registers its model here by URI.
const contexts = new Map<string, ExpressionContext>();

/** Registers a model's context; returns the function that removes it. */
export function setExpressionContext(uri: string, context: ExpressionContext): () => void {
  contexts.set(uri, context);
  return () => {
    if (contexts.get(uri) === context) contexts.delete(uri);
  };
}

/** The context of a model, if an expression editor owns it. */
export function expressionContextOf(uri: string): ExpressionContext | undefined {
  return contexts.get(uri);
}
