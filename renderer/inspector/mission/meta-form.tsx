import { TextField } from '../fields';
import { ID_PATTERN, VARIABLE_ID_PATTERN } from '../ids';
import { withOptional } from '../list-edit';
import { IdField, ListField } from '../typed-fields';
import { useMissionPart } from '../use-inspector';
import { LanguagesField } from './languages-field';
import { useMissionEdit } from './use-mission-edit';

const NOTHING_TAKEN = { has: () => false };

/** The mission's details: id, title, summary, the factions it supports, authors, tags and languages. */
export function MetaForm() {
  const meta = useMissionPart('meta');
  const dispatch = useMissionEdit();
  if (!meta) return null;
  const set = (next: typeof meta, field?: string) => dispatch({ kind: 'set-meta', meta: next }, field);
  return (
    <div className="form">
      <IdField
        label="Mission id"
        value={meta.id}
        rule={{ pattern: ID_PATTERN, taken: NOTHING_TAKEN, what: 'mission' }}
        path="/meta/id"
        onRename={(id) => set({ ...meta, id })}
      />
      <TextField label="Mission title" value={meta.title} path="/meta/title" onChange={(title) => set({ ...meta, title }, '/meta/title')} />
      <TextField
        label="Summary"
        multiline
        rows={5}
        value={meta.summary}
        path="/meta/summary"
        onChange={(summary) => set({ ...meta, summary }, '/meta/summary')}
      />
      <ListField
        label="Factions"
        value={meta.factions}
        pattern={VARIABLE_ID_PATTERN}
        min={1}
        placeholder="federation, klingon"
        path="/meta/factions"
        onChange={(factions) => set({ ...meta, factions }, '/meta/factions')}
      />
      <ListField
        label="Authors"
        value={meta.authors ?? []}
        placeholder="Comma-separated"
        path="/meta/authors"
        onChange={(authors) => set(withOptional(meta, 'authors', authors.length ? authors : undefined), '/meta/authors')}
      />
      <ListField
        label="Tags"
        value={meta.tags ?? []}
        placeholder="Comma-separated"
        path="/meta/tags"
        onChange={(tags) => set(withOptional(meta, 'tags', tags.length ? tags : undefined), '/meta/tags')}
      />
      <LanguagesField meta={meta} onChange={(next) => set(next)} />
    </div>
  );
}
