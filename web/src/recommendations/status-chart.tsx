import { recommendationStatuses } from '#shared/recommendation-constants.ts';
import type { RecommendationStatus } from '#shared/schemas/recommendation.ts';
import type { StatusCounts } from '#shared/schemas/round.ts';
import type { I18n } from '../app/i18n.ts';
import { statusLabel } from './recommendation-bits.tsx';

/**
 * A stacked bar per row (a theme, a kind of addressee) in plain SVG: each status has its own
 * pattern as well as its colour, and its count written on the bar, so the chart never rests on
 * colour alone; the SVG has a text alternative, and the same figures follow as a data table.
 */
export interface ChartRow {
  label: string;
  counts: StatusCounts;
}

const rowHeight = 28;
const labelWidth = 0;
const barWidth = 600;

/** Patterns by status: plain, hatched, dotted, crossed, vertical lines. */
function Patterns() {
  return (
    <defs>
      <pattern id="p-not-started" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" class="fill-not-started" />
      </pattern>
      <pattern id="p-in-progress" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" class="fill-in-progress" />
        <line x1="0" y1="0" x2="0" y2="8" class="pattern-line" />
      </pattern>
      <pattern id="p-implemented" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" class="fill-implemented" />
        <circle cx="4" cy="4" r="1.5" class="pattern-dot" />
      </pattern>
      <pattern id="p-not-accepted" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" class="fill-not-accepted" />
        <path d="M0 0L8 8M8 0L0 8" class="pattern-line" />
      </pattern>
      <pattern id="p-no-longer-relevant" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" class="fill-no-longer-relevant" />
        <line x1="4" y1="0" x2="4" y2="8" class="pattern-line" />
      </pattern>
    </defs>
  );
}

const total = (counts: StatusCounts) => recommendationStatuses.reduce((sum, status) => sum + counts[status], 0);

function summaryOf(i18n: I18n, row: ChartRow): string {
  const parts = recommendationStatuses
    .filter((status) => row.counts[status] > 0)
    .map((status) => `${statusLabel(i18n, status)} ${row.counts[status]}`)
    .join(', ');
  return i18n.t('round.chartSummary', { label: row.label, parts });
}

export function StatusChart({ id, title, rows, i18n }: { id: string; title: string; rows: ChartRow[]; i18n: I18n }) {
  const height = rows.length * (rowHeight * 2) + 8;
  const max = Math.max(1, ...rows.map((row) => total(row.counts)));
  const description = rows.map((row) => summaryOf(i18n, row)).join('. ');
  return (
    <figure class="status-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${barWidth + labelWidth} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <Patterns />
        {rows.map((row, index) => {
          let x = labelWidth;
          const y = index * rowHeight * 2;
          return (
            <g key={row.label}>
              <text x={0} y={y + 16} class="chart-label">
                {row.label}
              </text>
              {recommendationStatuses
                .filter((status) => row.counts[status] > 0)
                .map((status: RecommendationStatus) => {
                  const width = (row.counts[status] / max) * barWidth;
                  const segment = (
                    <g key={status}>
                      <rect
                        x={x}
                        y={y + rowHeight - 4}
                        width={width}
                        height={rowHeight - 4}
                        fill={`url(#p-${status})`}
                        class="chart-segment"
                      />
                      <text x={x + 4} y={y + rowHeight * 2 - 12} class="chart-count">
                        {row.counts[status]}
                      </text>
                    </g>
                  );
                  x += width;
                  return segment;
                })}
            </g>
          );
        })}
      </svg>
      <ul class="chart-legend" aria-hidden="true">
        {recommendationStatuses.map((status) => (
          <li key={status}>
            <svg width="16" height="16" aria-hidden="true">
              <rect width="16" height="16" fill={`url(#p-${status})`} class="chart-segment" />
            </svg>
            {statusLabel(i18n, status)}
          </li>
        ))}
      </ul>
      <table class="data-table">
        <caption>{i18n.t('round.dataTable', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            {recommendationStatuses.map((status) => (
              <th scope="col" key={status}>
                {statusLabel(i18n, status)}
              </th>
            ))}
            <th scope="col">{i18n.t('round.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {recommendationStatuses.map((status) => (
                <td key={status}>{row.counts[status]}</td>
              ))}
              <td>{total(row.counts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
