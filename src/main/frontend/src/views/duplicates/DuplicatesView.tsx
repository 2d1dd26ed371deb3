import { useState } from 'preact/hooks';
import { graphql } from '../../gql';
import type { DuplicateCandidatesQuery } from '../../gql/graphql';
import { mutate, request } from '../../app/api';
import { href } from '../../app/router';
import { ErrorBox, Show, useAction, useLoad } from '../../app/ui';
import type { Viewer } from '../../app/views';

const Candidates = graphql(`
  query DuplicateCandidates($after: String) {
    duplicateCandidates(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          score
          contact { id displayName }
          other { id displayName }
          reasons { kind value }
          conflicts { field value otherValue }
        }
      }
    }
  }
`);

const Dismiss = graphql(`
  mutation DismissDuplicateCandidate($input: DismissDuplicateCandidateInput!) {
    dismissDuplicateCandidate(input: $input) { dismissed userErrors { field code message } }
  }
`);

const Merge = graphql(`
  mutation MergePair($input: MergeContactsInput!) {
    mergeContacts(input: $input) { survivor { id } userErrors { field code message } }
  }
`);

type Pair = DuplicateCandidatesQuery['duplicateCandidates']['edges'][number]['node'];

const REASONS: Record<string, string> = {
  SAME_EMAIL: 'the same e-mail',
  SAME_PHONE: 'the same phone',
  SAME_NAME_AND_BIRTHDAY: 'the same name and birthday',
  SIMILAR_NAME_SAME_ADDRESS: 'a similar name at the same address',
};

/** Likely duplicates across the whole store, highest score first: merge a pair or keep it apart for good. */
export function DuplicatesView({ viewer }: { viewer: Viewer }) {
  const [after, setAfter] = useState<string | null>(null);
  const list = useLoad(() => request(Candidates, { after }), [after]);
  return (
    <section aria-labelledby="duplicates-title">
      <h1 id="duplicates-title">Likely duplicates</h1>
      <Show loaded={list} what="Finding duplicates">
        {({ duplicateCandidates: page }) => (
          <>
            <p class="muted">
              {page.totalCount === 0 ? 'No likely duplicates.' : `${page.totalCount} pairs, the likeliest first.`}
            </p>
            {page.edges.map(({ node }) => (
              <PairCard key={node.contact.id + node.other.id} pair={node} viewer={viewer} onDone={list.reload} />
            ))}
            {page.pageInfo.hasNextPage && (
              <button type="button" onClick={() => setAfter(page.pageInfo.endCursor ?? null)}>
                Next pairs
              </button>
            )}
          </>
        )}
      </Show>
    </section>
  );
}

function PairCard({ pair, viewer, onDone }: { pair: Pair; viewer: Viewer; onDone: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const dismiss = useAction(async () => {
    await mutate(Dismiss, { input: { contactId: pair.contact.id, otherContactId: pair.other.id } }, 'dismissDuplicateCandidate');
    onDone();
  });
  const merge = useAction(async () => {
    await mutate(Merge, { input: { survivorId: pair.contact.id, duplicateId: pair.other.id } }, 'mergeContacts');
    setConfirming(false);
    onDone();
  });
  return (
    <article class="duplicate" aria-label={`${pair.contact.displayName} and ${pair.other.displayName}`}>
      <h2>
        <a href={href(['contacts', pair.contact.id])}>{pair.contact.displayName}</a> and{' '}
        <a href={href(['contacts', pair.other.id])}>{pair.other.displayName}</a>{' '}
        <span class="muted">{Math.round(pair.score * 100)}%</span>
      </h2>
      <p>They share {pair.reasons.map((r) => `${REASONS[r.kind] ?? r.kind} (${r.value})`).join(', ')}.</p>
      {pair.conflicts.length > 0 && (
        <table>
          <caption>What a merge would choose between ({pair.contact.displayName}'s values win)</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">{pair.contact.displayName}</th>
              <th scope="col">{pair.other.displayName}</th>
            </tr>
          </thead>
          <tbody>
            {pair.conflicts.map((c) => (
              <tr key={c.field}>
                <th scope="row">{c.field}</th>
                <td>{c.value}</td>
                <td>{c.otherValue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="actions">
        {viewer.roles.has('AGENT') && (
          <button type="button" disabled={dismiss.busy} onClick={() => dismiss.run()}>
            Not the same person
          </button>
        )}
        {viewer.roles.has('BROKER') && (
          <button type="button" onClick={() => setConfirming(true)}>
            Merge…
          </button>
        )}
      </p>
      {confirming && (
        <div role="alertdialog" aria-label="Confirm merging" class="confirm">
          <p>
            Merge {pair.other.displayName} into {pair.contact.displayName}? Lists are combined, interactions and referrals move, and the merge is audited.
          </p>
          <button type="button" disabled={merge.busy} onClick={() => merge.run()}>
            Merge
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {(dismiss.error ?? merge.error) && <ErrorBox error={(dismiss.error ?? merge.error)!} />}
    </article>
  );
}
