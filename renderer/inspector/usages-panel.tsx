import { findUsages, type DeclarationKind, type UsageAccess } from '@mission-studio/core/edit';
import { createContext, useContext, useMemo } from 'react';
import { useEditor, useServices } from '../app-context';
import { revealNode } from '../state/reveal';
import { summarizeUsages } from './usages-summary';

/** Which declaration's usages the Inspector lists. */
export interface UsagesQuery {
  kind: DeclarationKind;
  id: string;
}

/**
 * How a declaration table asks the Inspector to list a row's usages. The list lives in the Inspector, above
 * the tabs' content, so it stays while a click on a usage reveals its node (and the Node tab shows it).
 */
export const ShowUsagesContext = createContext<((query: UsagesQuery) => void) | null>(null);

/** The "Where is this used" button of a declaration table's row. */
export function UsagesButton({ kind, id }: UsagesQuery) {
  const show = useContext(ShowUsagesContext);
  if (!show) return null;
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={`Where is ${id} used`}
      title="Where is this used?"
      onClick={() => show({ kind, id })}
    >
      ⌕
    </button>
  );
}

const ACCESS_WORDS: Record<UsageAccess, string> = { read: 'reads', write: 'writes', uses: 'uses', unparsed: 'does not parse' };
const KIND_WORDS: Record<DeclarationKind, string> = { variable: 'variable', cast: 'cast member', unit: 'unit', location: 'location' };

/** The list of every node field that reads, writes or names the declaration; a click reveals the node. */
export function UsagesPanel({ query, onClose }: { query: UsagesQuery; onClose(): void }) {
  const services = useServices();
  const mission = useEditor((s) => s.doc?.mission ?? null);
  // Recomputed on each edit, so the list follows the mission as it changes (a query is a walk over the nodes).
  const usages = useMemo(() => (mission ? findUsages(mission, query.kind, query.id) : []), [mission, query.kind, query.id]);
  const name = `Where ${query.id} is used`;
  return (
    <section className="usages-panel" aria-label={name}>
      <div className="usages-head">
        <h3>
          {KIND_WORDS[query.kind]} <code>{query.id}</code>: {summarizeUsages(usages)}
        </h3>
        <button type="button" className="icon-button" aria-label="Close usages" title="Close" onClick={onClose}>
          ✕
        </button>
      </div>
      {usages.length > 0 && (
        <ul className="usages-list" aria-label={name}>
          {usages.map((u) => (
            <li key={u.path}>
              <button
                type="button"
                className="usage"
                data-access={u.access}
                onClick={() => revealNode(services, u.nodeId)}
                title={`Show ${u.nodeTitle || u.nodeId} on the canvas`}
              >
                <span className="usage-node">{u.nodeTitle || u.nodeId}</span>
                <span className="usage-field">{u.field}</span>
                <span className="usage-access">{ACCESS_WORDS[u.access]}</span>
                {u.expression !== undefined && <code className="usage-expression">{u.expression}</code>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
