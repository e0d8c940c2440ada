import type { Chart } from './balance-model';

const ROW = 18;
const LABEL = 120;
const BAR = 170;
const VALUE = 90;

/**
 * A small horizontal bar chart in plain SVG: a handful of labelled bars reads better drawn directly than
 * through a chart library (no axes or legends to tune, nothing to load, nothing the page's CSP must allow).
 * Its accessible name says every value, so a screen reader hears the chart as one sentence.
 */
export function BarChart({ chart }: { chart: Chart }) {
  const height = chart.bars.length * ROW;
  const width = LABEL + BAR + VALUE;
  const scale = (v: number) => (chart.max > 0 ? Math.max(0, Math.min(1, v / chart.max)) * BAR : 0);
  const spoken = `${chart.title}: ${chart.bars.map((b) => `${b.label} ${b.text}`).join(', ')}`;
  return (
    <figure className="bar-chart">
      <figcaption>{chart.title}</figcaption>
      <svg role="img" aria-label={spoken} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        {chart.bars.map((bar, i) => {
          const y = i * ROW;
          return (
            <g key={bar.label} transform={`translate(0 ${y})`}>
              <text x={LABEL - 6} y={ROW / 2} className="bar-label" textAnchor="end" dominantBaseline="central">
                {bar.label}
              </text>
              <rect x={LABEL} y={3} width={BAR} height={ROW - 6} className="bar-track" rx={2} />
              <rect x={LABEL} y={3} width={scale(bar.value)} height={ROW - 6} className={`bar-fill tone-${bar.tone}`} rx={2} />
              {bar.mark !== undefined && <line x1={LABEL + scale(bar.mark)} x2={LABEL + scale(bar.mark)} y1={1} y2={ROW - 1} className="bar-mark" />}
              <text x={LABEL + BAR + 6} y={ROW / 2} className="bar-value" dominantBaseline="central">
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
