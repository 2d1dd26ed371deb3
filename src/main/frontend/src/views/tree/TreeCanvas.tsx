import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { formatMoney } from '../../app/ui';
import type { Placed, TreeModel } from '../../lib/treeModel';

export type Orientation = 'down' | 'right';

const BOX = { w: 176, h: 50 };

interface Props {
  model: TreeModel;
  orientation: Orientation;
  selected: string | null;
  matches: Set<string>;
  loading: Set<string>;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
  onMore: (parentId: string) => void;
  /** Set to the zoom's "fit everything" function, for the toolbar. */
  fitRef: { current: (() => void) | null };
  /** Set to a function that brings one node to the middle at full size. */
  centerRef: { current: ((id: string) => void) | null };
  svgRef: { current: SVGSVGElement | null };
}

/**
 * The drawing: d3-hierarchy places the visible nodes, Preact draws them as SVG, and d3-zoom pans
 * and zooms one transform on their group (no re-render while panning, so 1,000 nodes stay smooth).
 */
export function TreeCanvas({ model, orientation, selected, matches, loading, onSelect, onToggle, onMore, fitRef, centerRef, svgRef }: Props) {
  const group = useRef<SVGGElement>(null);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown>>();
  const placed = useMemo(
    () =>
      model
        .layout(orientation === 'down' ? { along: BOX.w + 24, across: BOX.h + 56 } : { along: BOX.h + 18, across: BOX.w + 64 })
        .map((p) => (orientation === 'down' ? p : { ...p, x: p.y, y: p.x, parentX: p.parentY, parentY: p.parentX })),
    [model, orientation],
  );

  useEffect(() => {
    const svg = select(svgRef.current!);
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.05, 3])
      .on('zoom', (e) => group.current!.setAttribute('transform', e.transform.toString()));
    behaviour.current = z;
    svg.call(z).on('dblclick.zoom', null);
    return () => svg.on('.zoom', null);
  }, []);

  fitRef.current = () => {
    const svg = svgRef.current!;
    const box = group.current!.getBBox();
    const { width, height } = svg.getBoundingClientRect();
    const k = Math.min(1.2, 0.92 * Math.min(width / Math.max(box.width, 1), height / Math.max(box.height, 1)));
    select(svg).call(behaviour.current!.transform, zoomIdentity.translate(width / 2 - k * (box.x + box.width / 2), height / 2 - k * (box.y + box.height / 2)).scale(k));
  };
  centerRef.current = (id: string) => {
    const p = placed.find((q) => q.key === id);
    const svg = svgRef.current!;
    if (p) {
      const { width, height } = svg.getBoundingClientRect();
      select(svg).call(behaviour.current!.transform, zoomIdentity.translate(width / 2 - p.x, height / 2 - p.y));
    }
  };
  useEffect(() => fitRef.current?.(), [model.rootId, orientation]);

  return (
    <svg ref={svgRef} class="tree-canvas" role="group" aria-label="Referral tree drawing" data-nodes={placed.filter((p) => p.item.type === 'node').length}>
      <g ref={group}>
        {placed.map((p) =>
          p.parentX === null ? null : (
            <path key={`edge:${p.key}`} class="edge" d={edge(p, orientation)} />
          ),
        )}
        {placed.map((p) => (p.item.type === 'node' ? <Node key={p.key} p={p} {...{ model, orientation, selected, matches, loading, onSelect, onToggle }} /> : <More key={p.key} p={p} onMore={onMore} busy={loading.has(p.item.parentId)} />))}
      </g>
    </svg>
  );
}

function edge(p: Placed, orientation: Orientation): string {
  const [px, py, x, y] = [p.parentX!, p.parentY!, p.x, p.y];
  if (orientation === 'down') {
    const mid = (py + BOX.h / 2 + y - BOX.h / 2) / 2;
    return `M${px},${py + BOX.h / 2}V${mid}H${x}V${y - BOX.h / 2}`;
  }
  const mid = (px + BOX.w / 2 + x - BOX.w / 2) / 2;
  return `M${px + BOX.w / 2},${py}H${mid}V${y}H${x - BOX.w / 2}`;
}

function Node({ p, model, orientation, selected, matches, loading, onSelect, onToggle }: { p: Placed } & Pick<Props, 'model' | 'orientation' | 'selected' | 'matches' | 'loading' | 'onSelect' | 'onToggle'>) {
  if (p.item.type !== 'node') {
    return null;
  }
  const n = p.item.data;
  const expandable = n.descendants === null || n.descendants > 0;
  const open = model.isExpanded(n.id);
  const meta = `${n.kind === 'contact' ? `level ${n.depth}` : n.kind} · ${n.descendants === null ? '—' : `${n.descendants} below`} · ${formatMoney(n.businessValue)}`;
  const x = p.x - BOX.w / 2;
  const y = p.y - BOX.h / 2;
  // The accessible name starts with the visible text, so speech input can name the node as seen.
  return (
    <>
      <g
        class={`node kind-${n.kind}${selected === n.id ? ' selected' : ''}${matches.has(n.id) ? ' match' : ''}`}
        data-id={n.id}
        data-depth={n.depth}
        transform={`translate(${x},${y})`}
        tabindex={0}
        role="button"
        aria-label={`${n.name}, ${meta}`}
        aria-expanded={expandable ? open : undefined}
        onClick={() => onSelect(n.id)}
        onDblClick={() => expandable && onToggle(n.id)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onSelect(n.id);
            if (expandable) {
              onToggle(n.id);
            }
          }
        }}
      >
        <rect width={BOX.w} height={BOX.h} rx={6} />
        <text x={8} y={18} class="name">
          {n.name.length > 24 ? `${n.name.slice(0, 23)}…` : n.name}{' '}
        </text>
        <text x={8} y={36} class="meta">
          {meta}
        </text>
      </g>
      {expandable && (
        <g class="toggle" data-for={n.id} aria-hidden="true" transform={orientation === 'down' ? `translate(${x + BOX.w / 2 - 8},${y + BOX.h - 8})` : `translate(${x + BOX.w - 8},${y + BOX.h / 2 - 8})`} onClick={() => onToggle(n.id)}>
          <circle r={8} cx={8} cy={8} />
          <text x={8} y={12} text-anchor="middle">
            {loading.has(n.id) ? '…' : open ? '−' : '+'}
          </text>
        </g>
      )}
    </>
  );
}

function More({ p, onMore, busy }: { p: Placed; onMore: (id: string) => void; busy: boolean }) {
  if (p.item.type !== 'more') {
    return null;
  }
  const { parentId, shown, total } = p.item;
  return (
    <g class="more" transform={`translate(${p.x - BOX.w / 2},${p.y - 14})`} tabindex={0} role="button"
      onClick={() => onMore(parentId)} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onMore(parentId)}>
      <rect width={BOX.w} height={28} rx={14} />
      <text x={BOX.w / 2} y={18} text-anchor="middle">
        {busy ? 'Loading…' : total !== null ? `${total - shown} more referrals` : 'More referrals'}
      </text>
    </g>
  );
}
