import { useState } from 'preact/hooks';
import { graphql } from '../../gql';
import type { ContactFilter } from '../../gql/graphql';
import { mutate, request } from '../../app/api';
import { ErrorBox, Show, useAction, useLoad } from '../../app/ui';

const Disagreeing = graphql(`
  query Disagreeing($filter: ContactFilter) {
    contacts(filter: $filter, first: 0) { totalCount }
    conversionScoringJob { status processed total finishedAt }
  }
`);

const Accept = graphql(`
  mutation AcceptSuggestedLevels($input: AcceptSuggestedLevelsInput!) {
    acceptSuggestedLevels(input: $input) { updated auditId userErrors { code field message } }
  }
`);

/**
 * The broker's bulk decision on the listed suggestions: the count shown is the count confirmed, so
 * a list that changed meanwhile is refused by the server rather than applied blindly.
 */
export function AcceptSuggestions({ filter, onAccepted }: { filter: ContactFilter; onAccepted: () => void }) {
  const counted = useLoad(() => request(Disagreeing, { filter: { ...filter, levelDisagrees: true } }), [JSON.stringify(filter)]);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<number>();
  const accept = useAction(async (count: number) => {
    const answer = await mutate(Accept, { input: { filter, confirmCount: count } }, 'acceptSuggestedLevels');
    setConfirming(false);
    setDone(answer.updated);
    counted.reload();
    onAccepted();
  });
  return (
    <Show loaded={counted}>
      {({ contacts, conversionScoringJob: job }) => (
        <div class="accept-suggestions" aria-label="Suggested levels">
          <p class="muted">
            {job ? `Suggestions as scored ${job.finishedAt ? 'on ' + new Date(job.finishedAt).toLocaleString() : `now (${job.processed} of ${job.total ?? '…'})`}.` : 'No scoring has run yet.'}
            {done !== undefined && ` ${done} contacts took their suggested level.`}
          </p>
          {contacts.totalCount > 0 && (
            <button type="button" onClick={() => setConfirming(true)}>
              Accept {contacts.totalCount} suggested levels…
            </button>
          )}
          {confirming && (
            <div role="alertdialog" aria-label="Confirm accepting" class="confirm">
              <p>Give {contacts.totalCount} contacts the level the model suggests? Each change is audited with the level before.</p>
              <button type="button" onClick={() => accept.run(contacts.totalCount)} disabled={accept.busy}>
                Accept {contacts.totalCount}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          )}
          {accept.error && <ErrorBox error={accept.error} />}
        </div>
      )}
    </Show>
  );
}
