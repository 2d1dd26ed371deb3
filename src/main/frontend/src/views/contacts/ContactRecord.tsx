import { useState } from 'preact/hooks';
import { graphql } from '../../gql';
import type { ContactFieldsFragment, ContactRecordQuery, InteractionKind } from '../../gql/graphql';
import { mutate, request } from '../../app/api';
import { href } from '../../app/router';
import { ErrorBox, Show, useAction, useLoad } from '../../app/ui';
import type { Viewer } from '../../app/views';
import { ContactEditor } from './ContactEditor';
import { MergePanel } from './MergePanel';
import { TouchPlans } from './TouchPlans';
import { ConversionPanel } from './ConversionPanel';

export const ContactRecordDoc = graphql(`
  query ContactRecord($id: ID!) {
    contact(id: $id) {
      ...ContactFields
      referredBy {
        __typename
        ... on Contact { id displayName }
        ... on Agent { id name }
        ... on MediaOutlet { id name }
      }
      possibleDuplicates { reason contact { ...ContactFields } }
      conversion { probability suggestedLevel basis modelVersion factors { name value contribution } }
      interactions(first: 10) { edges { node { id kind direction occurredAt summary } } }
    }
  }
  fragment ContactFields on Contact {
    id version displayName prefix firstName middleName lastName suffix nickname company jobTitle
    phones { type number } emails { type address }
    addresses { type lines city region postalCode country }
    birthday anniversary spouse { name birthday } children { name birthday } hobbies
    customFields { key value } statusLevel contactType groups tags active archived erased doNotContact
    lastContactedAt createdAt
  }
`);

const Archive = graphql(`
  mutation ArchiveContact($input: ArchiveContactInput!) { archiveContact(input: $input) { contact { id archived } userErrors { field code message } } }
`);
const Restore = graphql(`
  mutation RestoreContact($input: RestoreContactInput!) { restoreContact(input: $input) { contact { id archived } userErrors { field code message } } }
`);
const Log = graphql(`
  mutation LogInteraction($input: LogInteractionInput!) { logInteraction(input: $input) { interaction { id } userErrors { field code message } } }
`);

export type ContactFields = ContactFieldsFragment;

export function ContactRecord({ id, viewer }: { id: string; viewer: Viewer }) {
  const record = useLoad(() => request(ContactRecordDoc, { id }), [id]);
  const [editing, setEditing] = useState(false);
  const canEdit = viewer.roles.has('AGENT');
  const archive = useAction(async (archived: boolean) => {
    await (archived ? mutate(Restore, { input: { id } }, 'restoreContact') : mutate(Archive, { input: { id } }, 'archiveContact'));
    record.reload();
  });
  return (
    <Show loaded={record} what="Opening the contact">
      {({ contact }) =>
        !contact ? (
          <p class="empty">No such contact. <a href={href(['contacts'])}>Back to contacts</a></p>
        ) : (
          <article class="record" aria-labelledby="record-title">
            <p>
              <a href={href(['contacts'])}>← Contacts</a>
            </p>
            <h1 id="record-title">
              {contact.displayName} {contact.statusLevel && <span class={`level level-${contact.statusLevel}`}>{contact.statusLevel}</span>}
              {contact.archived && <span class="tag">archived</span>}
            </h1>
            <p class="actions">
              <a href={href(['tree', contact.id])}>Referral tree</a>
              {canEdit && !editing && (
                <button type="button" onClick={() => setEditing(true)}>
                  Edit
                </button>
              )}
              {canEdit && (
                <button type="button" disabled={archive.busy} onClick={() => archive.run(contact.archived)}>
                  {contact.archived ? 'Restore' : 'Archive'}
                </button>
              )}
            </p>
            {archive.error && <ErrorBox error={archive.error} />}
            {editing ? (
              <ContactEditor contact={contact} onDone={() => { setEditing(false); record.reload(); }} />
            ) : (
              <Details contact={contact} referredBy={contact.referredBy} />
            )}
            {contact.conversion && <ConversionPanel contact={contact} conversion={contact.conversion} canEdit={canEdit} onAccepted={record.reload} />}
            {canEdit && <LogForm contactId={contact.id} onLogged={record.reload} />}
            {canEdit && <TouchPlans contactId={contact.id} />}
            {contact.interactions && (
              <section aria-labelledby="log-title">
                <h2 id="log-title">Interactions</h2>
                {contact.interactions.edges.length === 0 && <p class="empty">Nothing logged yet.</p>}
                <ul>
                  {contact.interactions.edges.map(({ node }) => (
                    <li key={node.id}>
                      <time dateTime={node.occurredAt}>{new Date(node.occurredAt).toLocaleString()}</time> · {node.kind}
                      {node.direction && ` (${node.direction.toLowerCase()})`} — {node.summary}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {canEdit && contact.possibleDuplicates.length > 0 && (
              <MergePanel survivor={contact} candidates={contact.possibleDuplicates} onMerged={record.reload} />
            )}
          </article>
        )
      }
    </Show>
  );
}

type Party = ContactRecordQuery extends { contact?: infer C } ? (C extends { referredBy?: infer P } ? P : never) : never;

function Details({ contact, referredBy }: { contact: ContactFields; referredBy: Party }) {
  const rows: [string, string | null | undefined][] = [
    ['Company', [contact.jobTitle, contact.company].filter(Boolean).join(', ')],
    ['Phones', contact.phones?.map((p) => `${p.number} (${p.type.toLowerCase()})`).join(', ')],
    ['E-mails', contact.emails?.map((e) => `${e.address} (${e.type.toLowerCase()})`).join(', ')],
    ['Addresses', contact.addresses?.map((a) => [...a.lines, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(', ')).join(' · ')],
    ['Birthday', contact.birthday],
    ['Anniversary', contact.anniversary],
    ['Spouse', contact.spouse && [contact.spouse.name, contact.spouse.birthday && `born ${contact.spouse.birthday}`].filter(Boolean).join(', ')],
    ['Children', contact.children?.map((c) => (c.birthday ? `${c.name} (${c.birthday})` : c.name)).join(', ')],
    ['Hobbies', contact.hobbies?.join(', ')],
    ...contact.customFields.map((f): [string, string] => [f.key, f.value]),
    ['Type', contact.contactType],
    ['Groups', contact.groups.join(', ')],
    ['Tags', contact.tags.join(', ')],
    ['Looking now', contact.active ? 'yes' : 'no'],
    ['Do not contact', contact.doNotContact ? 'yes' : null],
    ['Last contacted', contact.lastContactedAt && new Date(contact.lastContactedAt).toLocaleString()],
    ['Added', new Date(contact.createdAt).toLocaleDateString()],
  ];
  return (
    <dl class="details">
      {rows
        .filter(([, v]) => v)
        .map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      <div>
        <dt>Referred by</dt>
        <dd>
          {!referredBy ? (
            'nobody (a root)'
          ) : referredBy.__typename === 'Contact' ? (
            <a href={href(['contacts', referredBy.id])}>{referredBy.displayName}</a>
          ) : (
            <a href={href(['tree', referredBy.id])}>{referredBy.name}</a>
          )}
        </dd>
      </div>
    </dl>
  );
}

const KINDS: InteractionKind[] = ['CALL', 'EMAIL', 'MEETING', 'TEXT', 'MAIL', 'NOTE'];

function LogForm({ contactId, onLogged }: { contactId: string; onLogged: () => void }) {
  const [kind, setKind] = useState<InteractionKind>('CALL');
  const [summary, setSummary] = useState('');
  const log = useAction(async () => {
    await mutate(Log, { input: { contactId, kind, summary } }, 'logInteraction');
    setSummary('');
    onLogged();
  });
  return (
    <form class="inline" aria-label="Log a call or note" onSubmit={(e) => { e.preventDefault(); log.run(); }}>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as InteractionKind)}>
          {KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label>
        Summary
        <input value={summary} required onInput={(e) => setSummary(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={log.busy}>
        Log
      </button>
      {log.error && <ErrorBox error={log.error} />}
    </form>
  );
}
