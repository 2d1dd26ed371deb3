import { graphql } from '../../gql';
import { request } from '../../app/api';
import { href } from '../../app/router';
import { formatMoney, Show, useLoad } from '../../app/ui';

const Ledger = graphql(`
  query PartnerLedger($agentId: ID!, $from: Date, $to: Date) {
    partnerLedger(agentId: $agentId, from: $from, to: $to) {
      partner { id name company }
      receivedCount sentCount balance receivedValue
      received { referredOn subtreeValue contact { id displayName } }
      sent { referredOn note contact { id displayName } }
    }
  }
`);

/** What a partner sent us (and what those clients' trees brought) against what we sent them. */
export function PartnerLedgerView({ agentId, params }: { agentId: string; params: URLSearchParams }) {
  const from = params.get('from') || null;
  const to = params.get('to') || null;
  const ledger = useLoad(() => request(Ledger, { agentId, from, to }), [agentId, from, to]);
  return (
    <Show loaded={ledger} what="Loading the ledger">
      {({ partnerLedger: l }) => (
        <section aria-labelledby="ledger-title">
          <h1 id="ledger-title">Ledger with {l.partner.name}</h1>
          <p>
            Received {l.receivedCount} (their trees brought {formatMoney(l.receivedValue)}), sent {l.sentCount}: balance {l.balance > 0 ? `+${l.balance}, we owe referrals` : l.balance}.{' '}
            <a href={href(['tree', agentId])}>Their referral tree</a>
          </p>
          <div class="columns">
            <table class="figures" aria-label="Received">
              <caption>Received</caption>
              <thead>
                <tr>
                  <th scope="col">Client</th>
                  <th scope="col">On</th>
                  <th scope="col">Their tree brought</th>
                </tr>
              </thead>
              <tbody>
                {l.received.map((r) => (
                  <tr key={r.contact.id}>
                    <td>
                      <a href={href(['contacts', r.contact.id])}>{r.contact.displayName}</a>
                    </td>
                    <td>{r.referredOn}</td>
                    <td>{formatMoney(r.subtreeValue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table class="figures" aria-label="Sent">
              <caption>Sent</caption>
              <thead>
                <tr>
                  <th scope="col">Client</th>
                  <th scope="col">On</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {l.sent.map((s) => (
                  <tr key={s.contact.id + s.referredOn}>
                    <td>
                      <a href={href(['contacts', s.contact.id])}>{s.contact.displayName}</a>
                    </td>
                    <td>{s.referredOn}</td>
                    <td>{s.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </Show>
  );
}
