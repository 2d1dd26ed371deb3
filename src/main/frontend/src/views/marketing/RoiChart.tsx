import { formatMoney } from '../../app/ui';
import { formatRoi, roiChart, type RoiFigures } from '../../lib/roiChart';

const W = 720;
const H = 240;
const M = { left: 72, bottom: 64, top: 16 };

export function RoiChart({ rows }: { rows: RoiFigures[] }) {
  if (rows.length === 0) {
    return <p class="empty">No spend or revenue in this window.</p>;
  }
  const chart = roiChart(rows, W, H);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W + M.left + 8} ${H + M.top + M.bottom}`} role="img" aria-label="Spend and revenue per channel">
        <g transform={`translate(${M.left},${M.top})`}>
          {chart.ticks.map((t) => (
            <g key={t.value} class="tick">
              <line x1={0} x2={W} y1={t.y} y2={t.y} />
              <text x={-6} y={t.y + 4} text-anchor="end">
                {t.value.toLocaleString()}
              </text>
            </g>
          ))}
          {chart.bars.map((b) => (
            <rect key={`${b.label}:${b.series}`} class={`bar ${b.series}`} data-label={b.label} data-series={b.series} data-value={b.value} x={b.x} y={b.y} width={b.width} height={b.height}>
              <title>
                {b.label}: {b.series} {formatMoney(b.value)}
              </title>
            </rect>
          ))}
          {chart.groups.map((g) => (
            <g key={g.label} transform={`translate(${g.x + g.width / 2},${H})`}>
              <text class="roi-label" y={16} text-anchor="middle" data-label={g.label}>
                ROI {formatRoi(g.roi)}
                {g.frozen ? ' ❄' : ''}
              </text>
              <text y={32} text-anchor="middle" class="axis-label">
                {g.label.length > 22 ? `${g.label.slice(0, 21)}…` : g.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption>
        <span class="key spend">Spend</span> <span class="key revenue">Revenue</span> ❄ frozen (closed quarter)
      </figcaption>
    </figure>
  );
}
