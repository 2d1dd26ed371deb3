import { useState } from 'preact/hooks';
import { graphql } from '../../gql';
import { request } from '../../app/api';
import { href } from '../../app/router';
import { Show, useDebounced, useLoad } from '../../app/ui';

const Sources = graphql(`
  query TreeSources($search: String) {
    mediaTypes { id name outlets { id name active } }
    agents(filter: { kind: PARTNER }, first: 50) { edges { node { id name company } } }
    contacts(filter: { search: $search }, first: 10) { edges { node { id displayName } } }
  }
`);

/** Where a tree starts: an advertisement, a partner, or any contact. */
export function TreeIndex() {
  const [search, setSearch] = useState('');
  const term = useDebounced(search, 250);
  const sources = useLoad(() => request(Sources, { search: term.trim() || null }), [term]);
  return (
    <section aria-labelledby="trees-title">
      <h1 id="trees-title">Referral trees</h1>
      <label>
        Start from a contact
        <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} placeholder="Name, e-mail or phone" />
      </label>
      <Show loaded={sources} what="Loading sources">
        {(d) => (
          <div class="columns">
            {term.trim() && (
              <div>
                <h2>Contacts</h2>
                <ul>
                  {d.contacts.edges.map(({ node }) => (
                    <li key={node.id}>
                      <a href={href(['tree', node.id])}>{node.displayName}</a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div>
              <h2>Advertising</h2>
              {d.mediaTypes
                .filter((t) => t.outlets.length > 0)
                .map((t) => (
                  <div key={t.id}>
                    <h3>{t.name}</h3>
                    <ul>
                      {t.outlets.map((o) => (
                        <li key={o.id}>
                          <a href={href(['tree', o.id])}>{o.name}</a>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
            </div>
            <div>
              <h2>Partners</h2>
              <ul>
                {d.agents.edges.map(({ node }) => (
                  <li key={node.id}>
                    <a href={href(['tree', node.id])}>{node.name}</a>
                    {node.company && <span class="muted"> · {node.company}</span>} · <a href={href(['leaders', node.id])}>ledger</a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
      </Show>
    </section>
  );
}
