import { scaleBand, scaleLinear } from 'd3-scale';

export interface RoiFigures {
  label: string;
  spend: string;
  revenue: string;
  roi: number | null;
  frozen: boolean;
}

export interface Bar {
  label: string;
  series: 'spend' | 'revenue';
  /** The exact decimal the API answered, kept for labels and tests. */
  value: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Chart {
  bars: Bar[];
  groups: { label: string; x: number; width: number; roi: number | null; frozen: boolean }[];
  ticks: { value: number; y: number }[];
}

/**
 * Spend against revenue per row (a channel, a quarter or both) as grouped bars: d3-scale places
 * them, the figures stay the API's exact decimals (heights only are approximations).
 */
export function roiChart(rows: RoiFigures[], width: number, height: number): Chart {
  const max = Math.max(1, ...rows.flatMap((r) => [Number(r.spend), Number(r.revenue)]));
  const y = scaleLinear().domain([0, max]).nice().range([height, 0]);
  const x = scaleBand<string>().domain(rows.map((r) => r.label)).range([0, width]).paddingInner(0.25).paddingOuter(0.1);
  const inner = scaleBand<'spend' | 'revenue'>().domain(['spend', 'revenue']).range([0, x.bandwidth()]).padding(0.08);
  const bars: Bar[] = rows.flatMap((r) =>
    (['spend', 'revenue'] as const).map((series) => {
      const value = r[series];
      const top = y(Number(value));
      return { label: r.label, series, value, x: (x(r.label) ?? 0) + (inner(series) ?? 0), y: top, width: inner.bandwidth(), height: height - top };
    }),
  );
  return {
    bars,
    groups: rows.map((r) => ({ label: r.label, x: x(r.label) ?? 0, width: x.bandwidth(), roi: r.roi, frozen: r.frozen })),
    ticks: y.ticks(5).map((value) => ({ value, y: y(value) })),
  };
}

/** A row's name from the dimensions it was grouped by. */
export function rowLabel(r: { mediaType?: { name: string } | null; outlet?: { name: string } | null; quarter?: string | null }): string {
  return [r.mediaType?.name, r.outlet?.name, r.quarter].filter(Boolean).join(' · ') || 'All';
}

export function formatRoi(roi: number | null): string {
  return roi === null ? '—' : `${(roi * 100).toFixed(1)} %`;
}
