import { useId, useState } from 'react';
import type { Mission } from '@mission-studio/core/format';
import { missionLanguages } from '@mission-studio/core/strings';
import { FieldProblems } from '../field-problems';
import { addLanguage, languageName, removeLanguage } from './languages';

type MissionMeta = Mission['meta'];

/**
 * `meta.languages` as a list: the source language first (the one the mission's text is written in, never
 * removed here), then each translation language with its Remove button, and a field to add one by its tag.
 * Each add or remove is one `set-meta` edit, so Undo takes it back.
 */
export function LanguagesField({ meta, onChange }: { meta: MissionMeta; onChange(meta: MissionMeta): void }) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [source, ...translations] = missionLanguages({ meta }) as [string, ...string[]];
  const add = () => {
    const next = addLanguage(meta, draft);
    if (!next.ok) {
      setProblem(next.message);
      return;
    }
    onChange(next.value);
    setDraft('');
    setProblem(null);
  };
  return (
    <fieldset className="group-box languages-field" aria-describedby={`${id}-problems`}>
      <legend>Languages</legend>
      <ul className="item-list language-list" aria-label="Mission languages">
        <li className="language-item">
          <span className="language-name">{languageName(source)}</span> <code>{source}</code>{' '}
          <span className="language-badge">source language</span>
        </li>
        {translations.map((tag) => (
          <li key={tag} className="language-item">
            <span className="language-name">{languageName(tag)}</span> <code>{tag}</code>
            <button
              type="button"
              className="small-button danger"
              aria-label={`Remove language ${tag}`}
              onClick={() => onChange(removeLanguage(meta, tag))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {translations.length === 0 ? (
        <p className="muted small">
          No translations yet: add a language, then import its string table (toolbar: Import &gt; Translation…).
        </p>
      ) : null}
      <div className="language-add">
        <label htmlFor={id} className="sr-only">
          Add language
        </label>
        <input
          id={id}
          type="text"
          value={draft}
          placeholder="de, fr, pt-BR"
          aria-invalid={problem !== null || undefined}
          aria-describedby={`${id}-problems`}
          onChange={(e) => {
            setDraft(e.target.value);
            setProblem(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="small-button" onClick={add}>
          Add
        </button>
      </div>
      <FieldProblems id={`${id}-problems`} path="/meta/languages" local={problem} />
    </fieldset>
  );
}
