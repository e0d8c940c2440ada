import type { Diagnostic } from '@mission-studio/core/validate';
import { useProblems } from './use-inspector';

/** The problems of one field: a local one (what was typed cannot be used) and the validator's for its path. */
export function FieldProblems({ id, path, local }: { id?: string; path?: string; local?: string | null }) {
  const problems = useProblems(path);
  if (!local && problems.length === 0) return null;
  return (
    <ul className="field-problems" id={id}>
      {local && <li className="problem-error">{local}</li>}
      {problems.map((d: Diagnostic, i) => (
        <li key={`${d.code}-${i}`} className={`problem-${d.severity}`}>
          {d.message}
        </li>
      ))}
    </ul>
  );
}

/** Whether a field has problems to show, for `aria-invalid`. */
export function useHasProblems(path: string | undefined): boolean {
  return useProblems(path).some((d) => d.severity === 'error');
}
