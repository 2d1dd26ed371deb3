import { graphql } from '../../gql';
import type { LeaderboardMetric } from '../../gql/graphql';
import { request } from '../../app/api';
import { href, navigate } from '../../app/router';
import { formatMoney, Show, useLoad } from '../../app/ui';

const Top = graphql(`
  query TopReferrers($first: Int, $from: Date, $to: Date, $by: LeaderboardMetric) {
    topReferrers(first: $first, from: $from, to: $to, by: $by) {
      rank referrals value
      party { __typename ... on Contact { id displayName } ... on Agent { id name } ... on MediaOutlet { id name } }
    }
  }
`);

/** Top referrers by the referrals or the business their whole trees brought in a window. */
export function Leaderboard({ params }: { params: URLSearchParams }) {
  const by = (params.get('by') ?? 'COUNT') as LeaderboardMetric;
  const from = params.get('from') || null;
  const to = params.get('to') || null;
  const set = (k: string, v: string) => navigate(href(['leaders'], { by, from, to, [k]: v }), true);
  const top = useLoad(() => request(Top, { first: 25, from, to, by }), [by, from, to]);
  return (
    <section aria-labelledby="leaders-title">
      <h1 id="leaders-title">Top referrers</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Rank by
          <select value={by} onChange={(e) => set('by', e.currentTarget.value)}>
            <option value="COUNT">Referrals</option>
            <option value="VALUE">Business brought</option>
          </select>
        </label>
        <label>
          From
          <input type="date" value={from ?? ''} onChange={(e) => set('from', e.currentTarget.value)} />
        </label>
        <label>
          To
          <input type="date" value={to ?? ''} onChange={(e) => set('to', e.currentTarget.value)} />
        </label>
      </form>
      <Show loaded={top} what="Ranking">
        {({ topReferrers }) => topReferrers.length === 0 ? <p class="empty">Nobody's tree brought {by === 'VALUE' ? 'closed business' : 'referrals'} in this window.</p> : (
          <table class="figures" aria-label="Top referrers">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Referrer</th>
                <th scope="col">Referrals below</th>
                <th scope="col">Business below</th>
              </tr>
            </thead>
            <tbody>
              {topReferrers.map((e) => (
                <tr key={e.party.id}>
                  <td>{e.rank}</td>
                  <td>
                    <a href={href(['tree', e.party.id])}>{'displayName' in e.party ? e.party.displayName : e.party.name}</a>
                    {e.party.__typename === 'Agent' && (
                      <>
                        {' '}
                        · <a href={href(['leaders', e.party.id])}>ledger</a>
                      </>
                    )}
                  </td>
                  <td>{e.referrals}</td>
                  <td>{formatMoney(e.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Show>
    </section>
  );
}
