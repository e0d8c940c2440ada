import type { BranchCase, BranchNode } from '@mission-studio/core/format';
import { ExpressionField } from '../expression-field';
import { FieldProblems } from '../field-problems';
import { addPortItem, movePortItem, portIdRule, removePortItem, renamePortItem, replacePortItem } from '../port-items';
import { IdField } from '../typed-fields';
import { useExpressionExamples } from '../use-inspector';
import { AddButton, ListControls } from './list-controls';
import type { NodeFormProps } from './node-form.types';

/** A branch: cases tried in order (each an output port); the `else` port needs no case. */
export function BranchForm({ node, base, setData, update }: NodeFormProps<BranchNode>) {
  const cases = node.data.cases;
  // A case needs a condition (an empty one is not "always" here), so its hint is just the example.
  const example = useExpressionExamples().condition;
  const setCase = (index: number, next: BranchCase) =>
    setData(replacePortItem(node, index, next).data as BranchNode['data'], `/data/cases/${index}/condition`);
  return (
    <fieldset className="group-box">
      <legend>Cases</legend>
      <p className="muted small">Tried in order: the first true case wins. When none is true, the flow leaves by the else port.</p>
      <ol className="item-list">
        {cases.map((c, i) => {
          const path = `${base}/data/cases/${i}`;
          return (
            <li key={i} className="card">
              <div className="card-head">
                <span className="card-title">Case {i + 1}</span>
                <ListControls
                  what="case"
                  index={i}
                  count={cases.length}
                  onMove={(from, to) => update(movePortItem(node, from, to))}
                  onRemove={(at) => update(removePortItem(node, at))}
                />
              </div>
              <FieldProblems path={path} />
              <IdField
                label={`Case ${i + 1} id`}
                value={c.id}
                rule={portIdRule(node, i)}
                path={`${path}/id`}
                onRename={(to) => update(renamePortItem(node, i, to))}
              />
              <ExpressionField
                label={`Condition of case ${i + 1}`}
                kind="condition"
                value={c.condition}
                path={`${path}/condition`}
                placeholder={`e.g. ${example}`}
                onChange={(condition) => setCase(i, { ...c, condition })}
              />
            </li>
          );
        })}
      </ol>
      <AddButton label="Add case" onClick={() => update(addPortItem(node))} />
      <p className="else-port">
        <span className="port-chip">else</span> <span className="muted small">always there, taken when no case holds</span>
      </p>
    </fieldset>
  );
}
