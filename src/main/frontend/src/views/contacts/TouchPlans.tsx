import { useState } from 'preact/hooks';
import { graphql } from '../../gql';
import { mutate, request } from '../../app/api';
import { ErrorBox, Show, useAction, useLoad } from '../../app/ui';

const Plans = graphql(`
  query ContactPlans($contactId: ID!) {
    touchPlans { id name }
    enrollments(filter: { contactId: $contactId }, first: 20) {
      edges { node { id status startOn plan { name } progress { done open onHold nextDueOn } } }
    }
  }
`);
const Enroll = graphql(`
  mutation EnrollInTouchPlan($input: EnrollInTouchPlanInput!) {
    enrollInTouchPlan(input: $input) { enrollments { id } skipped { reason } userErrors { field code message } }
  }
`);

/** The contact's touch plans with their progress, and enrolling in another (the steps become the owner's tasks). */
export function TouchPlans({ contactId }: { contactId: string }) {
  const plans = useLoad(() => request(Plans, { contactId }), [contactId]);
  const [planId, setPlanId] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const enroll = useAction(async () => {
    const result = await mutate(Enroll, { input: { planId, contactIds: [contactId] } }, 'enrollInTouchPlan');
    setNote(result.skipped.length > 0 ? `Not enrolled: ${result.skipped.map((s) => s.reason).join(', ')}` : null);
    plans.reload();
  });
  return (
    <section aria-labelledby="plans-title">
      <h2 id="plans-title">Touch plans</h2>
      <Show loaded={plans} what="Loading touch plans">
        {({ touchPlans, enrollments }) => (
          <>
            {enrollments.edges.length === 0 && <p class="empty">In no touch plan.</p>}
            <ul>
              {enrollments.edges.map(({ node: e }) => (
                <li key={e.id}>
                  {e.plan?.name} <span class="tag">{e.status.toLowerCase()}</span> since {e.startOn}: {e.progress.done} done, {e.progress.open} open
                  {e.progress.nextDueOn && `, next ${e.progress.nextDueOn}`}
                </li>
              ))}
            </ul>
            <form class="inline" aria-label="Enrol in a touch plan" onSubmit={(e) => { e.preventDefault(); enroll.run(); }}>
              <label>
                Plan
                <select value={planId} required onChange={(e) => setPlanId(e.currentTarget.value)}>
                  <option value="">Choose…</option>
                  {touchPlans.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" disabled={enroll.busy}>
                Enrol
              </button>
            </form>
            {note && <p role="status">{note}</p>}
            {enroll.error && <ErrorBox error={enroll.error} />}
          </>
        )}
      </Show>
    </section>
  );
}
