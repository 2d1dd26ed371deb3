import { graphql } from '../../gql';
import { request } from '../../app/api';
import { Show, useLoad } from '../../app/ui';

const Mail = graphql(`
  query MailOverview {
    mailStatus { queued failed oldestQueuedAt }
    outbox(first: 10) { edges { node { id kind status toAddress subject createdAt sentAt lastError } } }
    campaigns(first: 10) { edges { node { id name status figures { recipients queued sent failed suppressed unsubscribed } } } }
  }
`);

export function MailPanel() {
  const mail = useLoad(() => request(Mail), []);
  return (
    <Show loaded={mail} what="Loading the outbox">
      {({ outbox, campaigns }) => (
        <div class="columns">
          <section aria-labelledby="outbox-title">
            <h2 id="outbox-title">Outbox</h2>
            <ul>
              {outbox.edges.map(({ node: m }) => (
                <li key={m.id}>
                  <span class="tag">{m.status.toLowerCase()}</span> {m.subject} → {m.toAddress}
                  {m.lastError && <span class="muted"> ({m.lastError})</span>}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="campaigns-title">
            <h2 id="campaigns-title">Campaigns</h2>
            <ul>
              {campaigns.edges.map(({ node: c }) => (
                <li key={c.id}>
                  {c.name} <span class="tag">{c.status.toLowerCase()}</span>{' '}
                  <span class="muted">
                    {c.figures.sent}/{c.figures.recipients} sent, {c.figures.failed} failed, {c.figures.unsubscribed} unsubscribed
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </Show>
  );
}
