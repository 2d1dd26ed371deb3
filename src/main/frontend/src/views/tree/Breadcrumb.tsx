import { request } from '../../app/api';
import { href } from '../../app/router';
import { Show, useLoad } from '../../app/ui';
import { Ancestry, partyName, type Party } from './queries';

/** A contact's origins up to the original source (an advertisement, a partner or a first client). */
export function Breadcrumb({ id, label }: { id: string; label: string }) {
  const ancestry = useLoad(() => request(Ancestry, { id }), [id]);
  return (
    <Show loaded={ancestry} what="Tracing the origin">
      {({ contact }) =>
        contact && (
          <nav class="crumbs ancestry" aria-label={label}>
            {contact.ancestry.length === 0 && <span class="muted">An original source: nobody referred {contact.displayName}. </span>}
            {[...(contact.ancestry as Party[])].reverse().map((p) => (
              <span key={p.id}>
                <a href={href(['tree', p.id])}>{partyName(p)}</a> ›{' '}
              </span>
            ))}
            <strong aria-current="page">{contact.displayName}</strong>
          </nav>
        )
      }
    </Show>
  );
}
