import type { Chart } from './balance-model';

const ROW = 18;

/** Longer labels (an ending's title) are cut with an ellipsis; the whole label is the bar's tooltip. */
const LABEL_CHARS = 24;
const VALUE = 80;

/**
 * A small horizontal bar chart in plain SVG: a handful of labelled bars reads better drawn directly than
 * through a chart library (no axes or legends to tune, nothing to load, nothing the page's CSP must allow).
 * Its accessible name says every value, so a screen reader hears the chart as one sentence.
 */
/** `compact`: the narrow size three charts of a fight share a row in (stance names are short). */
export function BarChart({ chart, compact = false }: { chart: Chart; compact?: boolean }) {
  const labelWidth = compact ? 95 : 150;
  const barWidth = compact ? 120 : 170;
  const height = chart.bars.length * ROW;
  const width = labelWidth + barWidth + VALUE;
  const scale = (v: number) => (chart.max > 0 ? Math.max(0, Math.min(1, v / chart.max)) * barWidth : 0);
  const spoken = `${chart.title}: ${chart.bars.map((b) => `${b.label} ${b.text}`).join(', ')}`;
  return (
    <figure className="chart">
      <figcaption>{chart.title}</figcaption>
      <svg role="img" aria-label={spoken} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        {chart.bars.map((bar, i) => {
          const y = i * ROW;
          return (
            <g key={bar.label} transform={`translate(0 ${y})`}>
              <title>{`${bar.label}: ${bar.text}`}</title>
              <text x={labelWidth - 6} y={ROW / 2} className="chart-label" textAnchor="end" dominantBaseline="central">
                {bar.label.length > LABEL_CHARS ? `${bar.label.slice(0, LABEL_CHARS - 1)}…` : bar.label}
              </text>
              <rect x={labelWidth} y={3} width={barWidth} height={ROW - 6} className="chart-track" rx={2} />
              <rect x={labelWidth} y={3} width={scale(bar.value)} height={ROW - 6} className={`chart-fill tone-${bar.tone}`} rx={2} />
              {bar.mark !== undefined && (
                <line x1={labelWidth + scale(bar.mark)} x2={labelWidth + scale(bar.mark)} y1={1} y2={ROW - 1} className="chart-mark" />
              )}
              <text x={labelWidth + barWidth + 6} y={ROW / 2} className="chart-value" dominantBaseline="central">
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
