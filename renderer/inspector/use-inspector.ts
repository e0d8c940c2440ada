import type { Mission, MissionNode } from '@mission-studio/core/format';
import type { Diagnostic } from '@mission-studio/core/validate';
import { useMemo } from 'react';
import { useChecks, useEditor } from '../app-context';
import { expressionExamples, type ExpressionExamples } from './expression-examples';
import { NO_PROBLEMS, problemsAt } from './problems-index';

// Selectors return objects straight from the (immutable) mission: an edit elsewhere keeps them identical,
// so the inspector does not re-render when another of a thousand nodes changes.

/** The node with this id, or undefined. */
export function useNode(id: string): MissionNode | undefined {
  return useEditor((s) => s.doc?.mission.nodes.find((n) => n.id === id));
}

/** The node's index in the mission's node list (diagnostic paths count by index), or -1. */
export function useNodeIndex(id: string): number {
  return useEditor((s) => s.doc?.mission.nodes.findIndex((n) => n.id === id) ?? -1);
}

/** One top-level part of the mission (meta, cast, variables...), or undefined when nothing is loaded. */
export function useMissionPart<K extends Exclude<keyof Mission, 'format'>>(key: K): Mission[K] | undefined {
  return useEditor((s) => s.doc?.mission[key]);
}

/** The current problems at exactly this JSON pointer (none when `path` is undefined). */
export function useProblems(path: string | undefined): readonly Diagnostic[] {
  const diagnostics = useChecks((s) => s.diagnostics);
  const playFindings = useChecks((s) => s.playFindings);
  return useMemo(
    () => (path === undefined ? NO_PROBLEMS : problemsAt(playFindings.length > 0 ? [...diagnostics, ...playFindings] : diagnostics, path)),
    [path, diagnostics, playFindings],
  );
}

/** Example expressions for placeholders, written with the open mission's own variables. */
export function useExpressionExamples(): ExpressionExamples {
  const variables = useMissionPart('variables');
  return useMemo(() => expressionExamples(variables), [variables]);
}
