import { ExpressionField } from '../expression-field';
import { moveItem, removeAt, replaceAt } from '../list-edit';
import { AddButton, ListControls } from './list-controls';

/**
 * A list of effects (`coalition += 1`), each an expression, with add, remove and reorder. `path` is the
 * list's JSON pointer; `field` the same inside the node, for coalescing; `owner` names whose effects these are.
 */
export function EffectsEditor({
  effects,
  path,
  field,
  owner,
  onChange,
}: {
  effects: readonly string[];
  path: string;
  field: string;
  owner?: string;
  onChange(effects: string[], field?: string): void;
}) {
  const of = owner ? ` of ${owner}` : '';
  return (
    <div className="effects">
      <div className="effects-head">
        <span className="field-label" aria-hidden="true">
          Effects
        </span>
        <AddButton label="Add effect" name={`Add effect${of}`} onClick={() => onChange([...effects, ''])} />
      </div>
      <ol className="item-list">
        {effects.map((effect, i) => (
          <li key={i} className="effect-item">
            <ExpressionField
              label={`Effect ${i + 1}${of}`}
              hideLabel
              kind="effect"
              value={effect}
              path={`${path}/${i}`}
              onChange={(text) => onChange(replaceAt(effects, i, text), `${field}/${i}`)}
            />
            <ListControls
              what={`effect${of}`}
              index={i}
              count={effects.length}
              onMove={(from, to) => onChange(moveItem(effects, from, to))}
              onRemove={(at) => onChange(removeAt(effects, at))}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
