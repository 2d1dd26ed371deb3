import { describe, expect, it } from 'vitest';
import { formatRoi, roiChart, rowLabel } from './roiChart';

describe('roiChart', () => {
  const rows = [
    { label: 'Radio · 2026-Q1', spend: '1000.00', revenue: '4000.00', roi: 3, frozen: true },
    { label: 'Print · 2026-Q1', spend: '2000.00', revenue: '0.00', roi: -1, frozen: false },
  ];

  it('draws two bars per row, heights in proportion, values exact', () => {
    const chart = roiChart(rows, 400, 200);
    expect(chart.bars).toHaveLength(4);
    const radio = chart.bars.filter((b) => b.label === 'Radio · 2026-Q1');
    expect(radio.map((b) => [b.series, b.value])).toEqual([
      ['spend', '1000.00'],
      ['revenue', '4000.00'],
    ]);
    expect(radio[1].height).toBeCloseTo(4 * radio[0].height, 6);
    expect(radio[1].y + radio[1].height).toBe(200);
    expect(chart.bars.find((b) => b.label.startsWith('Print') && b.series === 'revenue')!.height).toBe(0);
    expect(chart.groups.map((g) => g.frozen)).toEqual([true, false]);
  });

  it('keeps bars of different rows apart', () => {
    const [a, b] = roiChart(rows, 400, 200).groups;
    expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
  });

  it('names rows by their dimensions and shows ROI as a percentage', () => {
    expect(rowLabel({ mediaType: { name: 'Radio' }, outlet: null, quarter: '2026-Q3' })).toBe('Radio · 2026-Q3');
    expect(rowLabel({})).toBe('All');
    expect(formatRoi(2.5)).toBe('250.0 %');
    expect(formatRoi(null)).toBe('—');
  });
});
