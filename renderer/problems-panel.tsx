import type { ProblemLine } from './mission-summary';

/** The Problems region: every diagnostic with its severity and `line:column`, or a plain all-clear. */
export function ProblemsPanel({ problems }: { problems: readonly ProblemLine[] }) {
  return (
    <section className="panel problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">Problems</h2>
      {problems.length === 0 ? (
        <p className="muted">No problems found.</p>
      ) : (
        <ul className="problem-list">
          {problems.map((problem, index) => (
            <li key={index} className={`problem problem-${problem.severity}`}>
              {/* The spaces between parts keep the item readable as plain text (screen readers, copy). */}
              <span className="problem-severity">{problem.severity}</span>{' '}
              {problem.location && <span className="problem-location">{problem.location}</span>}{' '}
              <span className="problem-message">{problem.message}</span>{' '}
              <span className="problem-code">{problem.code}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
