import { graphql } from '../../gql';
import { mutate } from '../../app/api';
import { ErrorBox, useAction } from '../../app/ui';
import { draftOf, type ContactDraft } from '../../lib/contactEdit';
import type { ContactFields } from './ContactRecord';

const Merge = graphql(`
  mutation MergeContacts($input: MergeContactsInput!) {
    mergeContacts(input: $input) { survivor { id } userErrors { field code message } }
  }
`);

/** Possible duplicates kept apart by an import: what differs is shown before the duplicate is folded in. */
export function MergePanel({ survivor, candidates, onMerged }: { survivor: ContactFields; candidates: { reason: string; contact: ContactFields }[]; onMerged: () => void }) {
  const merge = useAction(async (duplicateId: string) => {
    await mutate(Merge, { input: { survivorId: survivor.id, duplicateId } }, 'mergeContacts');
    onMerged();
  });
  const mine = draftOf(survivor);
  return (
    <section aria-labelledby="dup-title">
      <h2 id="dup-title">Possible duplicates</h2>
      {merge.error && <ErrorBox error={merge.error} />}
      {candidates.map(({ reason, contact }) => {
        const theirs = draftOf(contact);
        const differing = (Object.keys(mine) as (keyof ContactDraft)[]).filter((k) => mine[k] !== theirs[k] && theirs[k]);
        return (
          <div class="duplicate" key={contact.id}>
            <p>
              <strong>{contact.displayName}</strong> shares {reason === 'EMAIL' ? 'an e-mail' : 'a phone'} with this contact.
            </p>
            {differing.length > 0 && (
              <table>
                <caption>Conflicts the merge resolves (this contact's values win; lists are combined)</caption>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">This contact</th>
                    <th scope="col">Duplicate</th>
                  </tr>
                </thead>
                <tbody>
                  {differing.map((k) => (
                    <tr key={k}>
                      <th scope="row">{k}</th>
                      <td>{mine[k]}</td>
                      <td>{theirs[k]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <button type="button" disabled={merge.busy} onClick={() => merge.run(contact.id)}>
              Merge {contact.displayName} into this contact
            </button>
          </div>
        );
      })}
    </section>
  );
}
