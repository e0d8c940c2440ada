import { FieldProblems } from '../field-problems';
import { TextField } from '../fields';
import { moveItem, removeAt, replaceAt } from '../list-edit';
import { AddButton, ListControls } from './list-controls';

/** The lines of a narration or dialog: one text area each, in order, with add, remove and reorder. */
export function LinesEditor({
  lines,
  base,
  onChange,
}: {
  lines: readonly string[];
  base: string;
  onChange(lines: string[], field?: string): void;
}) {
  return (
    <fieldset className="group-box">
      <legend>Lines</legend>
      <FieldProblems path={`${base}/data/lines`} />
      <ol className="item-list">
        {lines.map((line, i) => (
          <li key={i} className="line-item">
            <TextField
              label={`Line ${i + 1}`}
              value={line}
              multiline
              rows={Math.min(6, Math.max(2, Math.ceil(line.length / 48)))}
              path={`${base}/data/lines/${i}`}
              onChange={(text) => onChange(replaceAt(lines, i, text), `/data/lines/${i}`)}
            />
            <ListControls
              what="line"
              index={i}
              count={lines.length}
              onMove={(from, to) => onChange(moveItem(lines, from, to))}
              onRemove={(at) => onChange(removeAt(lines, at))}
            />
          </li>
        ))}
      </ol>
      <AddButton label="Add line" onClick={() => onChange([...lines, ''])} />
    </fieldset>
  );
}
