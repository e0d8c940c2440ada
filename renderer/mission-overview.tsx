import { formatNodeCount, type MissionSummary } from './mission-summary';

/** The mission at a glance. Later issues put the Graph, Inspector, Source and Preview regions beside it. */
export function MissionOverview({ summary }: { summary: MissionSummary }) {
  return (
    <section className="panel overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">Overview</h2>
      {summary.description && <p className="description">{summary.description}</p>}
      <dl className="facts">
        <dt>File</dt>
        <dd>{summary.fileName}</dd>
        <dt>Size</dt>
        <dd>{summary.nodeCount === null ? 'not loaded' : formatNodeCount(summary.nodeCount)}</dd>
      </dl>
    </section>
  );
}
