import type { UnparsedExpression } from '@mission-studio/core/edit';

const MAX_NODES_NAMED = 3;

/**
 * What to tell the user after a rename that had to leave expressions alone because they do not parse (they may
 * still use the old name), or null when every expression was rewritten. Names the nodes to look at.
 */
export function renameNotice(from: string, unparsed: readonly UnparsedExpression[]): string | null {
  if (unparsed.length === 0) return null;
  const nodes = [...new Set(unparsed.map((u) => u.nodeId))];
  const shown =
    nodes.slice(0, MAX_NODES_NAMED).join(', ') + (nodes.length > MAX_NODES_NAMED ? ` and ${nodes.length - MAX_NODES_NAMED} more` : '');
  const count = unparsed.length === 1 ? '1 expression that does not parse was' : `${unparsed.length} expressions that do not parse were`;
  return `${count} left as ${unparsed.length === 1 ? 'it was' : 'they were'} and may still say '${from}': see ${shown}.`;
}
