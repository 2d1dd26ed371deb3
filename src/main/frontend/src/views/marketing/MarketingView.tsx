import { useState } from 'preact/hooks';
import { graphql } from '../../gql';
import type { Attribution, RoiDimension } from '../../gql/graphql';
import { download, mutate, request } from '../../app/api';
import { href, navigate } from '../../app/router';
import { ErrorBox, formatMoney, Show, useAction, useLoad } from '../../app/ui';
import type { Viewer } from '../../app/views';
import { formatRoi, rowLabel } from '../../lib/roiChart';
import { RoiChart } from './RoiChart';
import { SpendPanel } from './SpendPanel';

const Roi = graphql(`
  query ChannelRoi($from: Date!, $to: Date!, $groupBy: [RoiDimension!]!, $attribution: Attribution, $decay: Float) {
    channelRoi(from: $from, to: $to, groupBy: $groupBy, attribution: $attribution, decay: $decay) {
      rows {
        mediaType { id name } outlet { id name } quarter
        spend leads closedDeals revenue roi costPerLead costPerClosedDeal frozen
      }
      totals { spend leads closedDeals revenue roi costPerLead costPerClosedDeal frozen }
    }
    closedQuarters { quarter closedAt closedBy }
  }
`);

const Close = graphql(`
  mutation CloseQuarter($input: CloseQuarterInput!) {
    closeQuarter(input: $input) { quarter { quarter } userErrors { field code message } }
  }
`);

const DIMENSIONS: RoiDimension[] = ['MEDIA_TYPE', 'OUTLET', 'QUARTER'];

/** Channel returns by media type, outlet and quarter: table, chart, CSV, closing a quarter, recording spend. */
export function MarketingView({ params, viewer }: { params: URLSearchParams; viewer: Viewer }) {
  const year = new Date().getFullYear();
  const from = params.get('from') ?? `${year}-01-01`;
  const to = params.get('to') ?? `${year}-12-31`;
  const groupBy = (params.get('groupBy')?.split(',').filter((d) => DIMENSIONS.includes(d as RoiDimension)) as RoiDimension[]) ?? ['MEDIA_TYPE', 'QUARTER'];
  const dims = groupBy.length ? groupBy : (['MEDIA_TYPE', 'QUARTER'] as RoiDimension[]);
  const attribution = (params.get('attribution') ?? 'SOURCE') as Attribution;
  const decay = Number(params.get('decay') ?? '1');
  const set = (change: Record<string, string>) =>
    navigate(href(['marketing'], { from, to, groupBy: dims.join(','), attribution, decay: String(decay), ...change }), true);
  const roi = useLoad(() => request(Roi, { from, to, groupBy: dims, attribution, decay }), [from, to, dims.join(), attribution, decay]);
  const csv = useAction(() =>
    download(`/reports/channel-roi.csv?${new URLSearchParams({ from, to, attribution, decay: String(decay), groupBy: dims.join(',') })}`, `channel-roi-${from}-${to}.csv`),
  );
  return (
    <section aria-labelledby="marketing-title">
      <h1 id="marketing-title">Channel returns</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          From
          <input type="date" value={from} onChange={(e) => set({ from: e.currentTarget.value })} />
        </label>
        <label>
          To
          <input type="date" value={to} onChange={(e) => set({ to: e.currentTarget.value })} />
        </label>
        <fieldset>
          <legend>Group by</legend>
          {DIMENSIONS.map((d) => (
            <label class="check" key={d}>
              <input
                type="checkbox"
                checked={dims.includes(d)}
                onChange={(e) => set({ groupBy: (e.currentTarget.checked ? [...dims, d] : dims.filter((x) => x !== d)).join(',') })}
              />
              {d.replace('_', ' ').toLowerCase()}
            </label>
          ))}
        </fieldset>
        <label>
          Attribution
          <select value={attribution} onChange={(e) => set({ attribution: e.currentTarget.value })}>
            <option value="SOURCE">Source (the outlet that brought the client)</option>
            <option value="REFERRAL_CHAIN">Referral chain (the outlet at the root)</option>
          </select>
        </label>
        {attribution === 'REFERRAL_CHAIN' && (
          <label>
            Decay per level
            <input type="number" min="0" max="1" step="0.05" value={decay} onChange={(e) => set({ decay: e.currentTarget.value })} />
          </label>
        )}
        <button type="button" onClick={() => csv.run()} disabled={csv.busy}>
          Download CSV
        </button>
      </form>
      {csv.error && <ErrorBox error={csv.error} />}
      <Show loaded={roi} what="Computing returns">
        {({ channelRoi, closedQuarters }) => {
          const rows = channelRoi.rows.map((r) => ({ ...r, label: rowLabel(r) }));
          return (
            <>
              <RoiChart rows={rows} />
              <table class="figures" aria-label="Channel returns">
                <thead>
                  <tr>
                    <th scope="col">Channel</th>
                    <th scope="col">Spend</th>
                    <th scope="col">Leads</th>
                    <th scope="col">Closed</th>
                    <th scope="col">Revenue</th>
                    <th scope="col">ROI</th>
                    <th scope="col">Per lead</th>
                    <th scope="col">Per closed deal</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.label} data-row={r.label}>
                      <th scope="row">
                        {r.label} {r.frozen && <span class="tag" title="Closed quarter: figures frozen">frozen</span>}
                      </th>
                      <td class="spend">{formatMoney(r.spend)}</td>
                      <td>{r.leads}</td>
                      <td>{r.closedDeals}</td>
                      <td class="revenue">{formatMoney(r.revenue)}</td>
                      <td class="roi">{formatRoi(r.roi ?? null)}</td>
                      <td>{formatMoney(r.costPerLead)}</td>
                      <td>{formatMoney(r.costPerClosedDeal)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">Total</th>
                    <td>{formatMoney(channelRoi.totals.spend)}</td>
                    <td>{channelRoi.totals.leads}</td>
                    <td>{channelRoi.totals.closedDeals}</td>
                    <td>{formatMoney(channelRoi.totals.revenue)}</td>
                    <td>{formatRoi(channelRoi.totals.roi ?? null)}</td>
                    <td>{formatMoney(channelRoi.totals.costPerLead)}</td>
                    <td>{formatMoney(channelRoi.totals.costPerClosedDeal)}</td>
                  </tr>
                </tfoot>
              </table>
              {viewer.roles.has('MARKETING') && (
                <CloseQuarter closed={closedQuarters.map((q) => q.quarter)} quarters={[...new Set(rows.map((r) => r.quarter).filter(Boolean) as string[])]} onClosed={roi.reload} />
              )}
            </>
          );
        }}
      </Show>
      <SpendPanel from={from} to={to} onChange={roi.reload} />
    </section>
  );
}

/** Closing a quarter freezes its figures for good (only an ADMIN reopens it), so it asks first. */
function CloseQuarter({ closed, quarters, onClosed }: { closed: string[]; quarters: string[]; onClosed: () => void }) {
  const open = quarters.filter((q) => !closed.includes(q));
  const [quarter, setQuarter] = useState('');
  const [confirming, setConfirming] = useState(false);
  const close = useAction(async () => {
    await mutate(Close, { input: { quarter } }, 'closeQuarter');
    setConfirming(false);
    onClosed();
  });
  return (
    <form class="inline" aria-label="Close a quarter" onSubmit={(e) => { e.preventDefault(); setConfirming(true); }}>
      <label>
        Quarter to close
        <input value={quarter} placeholder={open[0] ?? '2026-Q1'} pattern="\d{4}-Q[1-4]" required onInput={(e) => setQuarter(e.currentTarget.value)} />
      </label>
      <button type="submit">Close quarter…</button>
      {closed.length > 0 && <span class="muted">Closed: {closed.join(', ')}</span>}
      {confirming && (
        <div role="alertdialog" aria-label="Confirm closing" class="confirm">
          <p>Close {quarter}? Its figures are frozen as they stand now; later corrections no longer change them.</p>
          <button type="button" onClick={() => close.run()} disabled={close.busy}>
            Close {quarter}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {close.error && <ErrorBox error={close.error} />}
    </form>
  );
}
