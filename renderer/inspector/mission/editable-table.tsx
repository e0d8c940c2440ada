import type { DeclarationKind } from '@mission-studio/core/edit';
import type { ReactNode } from 'react';
import { FieldProblems } from '../field-problems';
import { removeAt, replaceAt } from '../list-edit';
import { AddButton } from '../node/list-controls';
import { UsagesButton } from '../usages-panel';
import './editable-table.css';

/** How one cell of a row is edited: `set` stores the new row; `field` names the cell for typing bursts. */
export interface CellContext<T> {
  item: T;
  index: number;
  /** The row's JSON pointer, e.g. `/variables/3`. */
  path: string;
  /** "variable 3": with the column header, the cell's accessible name ("Id of variable 3"). */
  rowName: string;
  set(item: T, field?: string): void;
}

/** A column: its header, and the cell editor for a row. */
export interface Column<T> {
  header: string;
  className?: string;
  /** Whether the cell says nothing for this row (an enum's values on a bool): cards leave it out. */
  empty?(item: T): boolean;
  cell(ctx: CellContext<T>): ReactNode;
}

/**
 * A table of mission declarations (cast, variables, locations, units): a row per item, a cell editor per
 * column, "Where is this used" and Delete per row, and Add below. Every change hands the whole new list to `onChange`.
 */
export function EditableTable<T extends { id: string }>({
  caption,
  what,
  kind,
  items,
  columns,
  path,
  onChange,
  makeRow,
}: {
  caption: string;
  what: string;
  kind: DeclarationKind;
  items: readonly T[];
  columns: ReadonlyArray<Column<T>>;
  path: string;
  onChange(items: T[], field?: string): void;
  makeRow(): T;
}) {
  return (
    <div className="table-block">
      <div className="table-scroll">
        <table className="edit-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col" className={c.className}>
                  {c.header}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => {
              const ctx: CellContext<T> = {
                item,
                index,
                path: `${path}/${index}`,
                rowName: `${what} ${index + 1}`,
                set: (next, field) => onChange(replaceAt(items, index, next), field && `${path}/${index}/${field}`),
              };
              return (
                <tr key={index}>
                  {columns.map((c) => (
                    <td key={c.header} className={c.className} data-label={c.header} data-empty={c.empty?.(item) || undefined}>
                      {c.cell(ctx)}
                    </td>
                  ))}
                  <td className="row-actions">
                    <span className="row-buttons">
                      <UsagesButton kind={kind} id={item.id} />
                      <button
                        type="button"
                        className="icon-button danger"
                        aria-label={`Delete ${what} ${index + 1}`}
                        title="Delete row"
                        onClick={() => onChange(removeAt(items, index))}
                      >
                        ✕
                      </button>
                    </span>
                    <FieldProblems path={ctx.path} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {items.length === 0 && <p className="muted small">None yet.</p>}
      <AddButton label={`Add ${what}`} onClick={() => onChange([...items, makeRow()])} />
    </div>
  );
}
