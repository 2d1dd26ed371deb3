import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../../gql';
import type { ContactFilter, StatusLevel } from '../../gql/graphql';
import { request } from '../../app/api';
import { href, navigate } from '../../app/router';
import { Show, useDebounced, useLoad } from '../../app/ui';
import type { Viewer } from '../../app/views';
import { AcceptSuggestions } from './AcceptSuggestions';

const Contacts = graphql(`
  query Contacts($filter: ContactFilter, $after: String) {
    contacts(filter: $filter, first: 25, after: $after) {
      edges {
        node { id displayName company statusLevel contactType tags groups archived lastContactedAt }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const FILTERS = ['search', 'group', 'tag', 'level', 'differs', 'type', 'field', 'value', 'archived'] as const;

const Fields = graphql(`
  query CustomFieldKeys { customFieldDefinitions { key label } }
`);

/** Search as you type; every filter is in the URL, so a list can be bookmarked. */
export function ContactList({ params, viewer }: { params: URLSearchParams; viewer: Viewer }) {
  const [search, setSearch] = useState(params.get('search') ?? '');
  const settled = useDebounced(search, 250);
  const current = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const set = (key: string, value: string) => navigate(href(['contacts'], { ...current, search: settled, [key]: value }), true);
  // The search typed is part of the address too, so the list can be bookmarked as it is seen.
  useEffect(() => {
    if (settled !== current.search) {
      set('search', settled);
    }
  }, [settled]);
  const filter: ContactFilter = {
    search: settled.trim() || undefined,
    group: current.group || undefined,
    tag: current.tag || undefined,
    statusLevel: (current.level || undefined) as StatusLevel | undefined,
    contactType: current.type || undefined,
    customField: current.field && current.value ? { key: current.field, equals: current.value } : undefined,
    archived: current.archived === 'true',
    levelDisagrees: current.differs === 'true' || undefined,
  };
  const [accepted, setAccepted] = useState(0);
  const fields = useLoad(() => request(Fields), []);
  const [pages, setPages] = useState<string[]>([]);
  const key = JSON.stringify(filter) + accepted;
  return (
    <section aria-labelledby="contacts-title">
      <h1 id="contacts-title">Contacts</h1>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Search
          <input type="search" value={search} placeholder="Name, e-mail or phone" onInput={(e) => setSearch(e.currentTarget.value)} />
        </label>
        <label>
          Group
          <input value={current.group} onChange={(e) => set('group', e.currentTarget.value)} />
        </label>
        <label>
          Tag
          <input value={current.tag} onChange={(e) => set('tag', e.currentTarget.value)} />
        </label>
        <label>
          Level
          <select value={current.level} onChange={(e) => set('level', e.currentTarget.value)}>
            <option value="">Any</option>
            <option>A</option>
            <option>B</option>
            <option>C</option>
          </select>
        </label>
        <label>
          Type
          <input value={current.type} onChange={(e) => set('type', e.currentTarget.value)} />
        </label>
        {fields.data && fields.data.customFieldDefinitions.length > 0 && (
          <>
            <label>
              Custom field
              <select value={current.field} onChange={(e) => set('field', e.currentTarget.value)}>
                <option value="">None</option>
                {fields.data.customFieldDefinitions.map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              equals
              <input value={current.value} onChange={(e) => set('value', e.currentTarget.value)} />
            </label>
          </>
        )}
        <label class="check">
          <input type="checkbox" checked={current.archived === 'true'} onChange={(e) => set('archived', e.currentTarget.checked ? 'true' : '')} />
          Archived
        </label>
        <label class="check">
          <input type="checkbox" checked={current.differs === 'true'} onChange={(e) => set('differs', e.currentTarget.checked ? 'true' : '')} />
          Level differs from the suggestion
        </label>
      </form>
      {filter.levelDisagrees && viewer.roles.has('BROKER') && <AcceptSuggestions filter={filter} onAccepted={() => setAccepted(accepted + 1)} />}
      <p class="actions">
        <a
          href={href(['exchange'], {
            search: filter.search,
            group: filter.group,
            tag: filter.tag,
            statusLevel: filter.statusLevel,
            contactType: filter.contactType,
            'customField.key': filter.customField?.key,
            'customField.equals': filter.customField?.equals,
            archived: filter.archived,
            levelDisagrees: filter.levelDisagrees,
          })}
        >
          Export this list
        </a>
      </p>
      <ContactPage key={key} filter={filter} after={null} onMore={(c) => setPages([...pages, c])} />
      {pages.map((after) => (
        <ContactPage key={key + after} filter={filter} after={after} onMore={(c) => setPages([...pages, c])} />
      ))}
    </section>
  );
}

function ContactPage({ filter, after, onMore }: { filter: ContactFilter; after: string | null; onMore: (cursor: string) => void }) {
  const page = useLoad(() => request(Contacts, { filter, after }), [JSON.stringify(filter), after]);
  const [asked, setAsked] = useState(false);
  return (
    <Show loaded={page} what="Searching">
      {({ contacts }) => (
        <>
          {contacts.edges.length === 0 && after === null && <p class="empty">No contact matches.</p>}
          <ul class="contact-list">
            {contacts.edges.map(({ node }) => (
              <li key={node.id}>
                <a href={href(['contacts', node.id])}>{node.displayName}</a>
                {node.company && <span class="muted"> · {node.company}</span>}
                {node.statusLevel && <span class={`level level-${node.statusLevel}`}>{node.statusLevel}</span>}
                {node.tags.map((t) => (
                  <span class="tag" key={t}>
                    {t}
                  </span>
                ))}
              </li>
            ))}
          </ul>
          {contacts.pageInfo.hasNextPage && !asked && (
            <button type="button" onClick={() => { setAsked(true); onMore(contacts.pageInfo.endCursor!); }}>
              More contacts
            </button>
          )}
        </>
      )}
    </Show>
  );
}
