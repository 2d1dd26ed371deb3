import { useState } from 'preact/hooks';
import { graphql } from '../../gql';
import { mutate, request } from '../../app/api';
import { ErrorBox, formatMoney, Show, useAction, useLoad } from '../../app/ui';

const Spend = graphql(`
  query AdSpendList($filter: AdSpendFilter) {
    adSpend(filter: $filter) { id amount spentOn quarter campaign outlet { id name } }
    mediaOutlets { id name active }
  }
`);
const Record = graphql(`
  mutation RecordAdSpend($input: RecordAdSpendInput!) { recordAdSpend(input: $input) { adSpend { id } userErrors { field code message } } }
`);
const Correct = graphql(`
  mutation CorrectAdSpend($input: CorrectAdSpendInput!) { correctAdSpend(input: $input) { adSpend { id } userErrors { field code message } } }
`);

/** Recording and correcting spend; a correction keeps the earlier value in the entry's history. */
export function SpendPanel({ from, to, onChange }: { from: string; to: string; onChange: () => void }) {
  const list = useLoad(() => request(Spend, { filter: { from, to } }), [from, to]);
  const [draft, setDraft] = useState({ outletId: '', amount: '', spentOn: new Date().toISOString().slice(0, 10), campaign: '' });
  const record = useAction(async () => {
    await mutate(Record, { input: { ...draft, campaign: draft.campaign || null } }, 'recordAdSpend');
    setDraft({ ...draft, amount: '', campaign: '' });
    list.reload();
    onChange();
  });
  const correct = useAction(async (id: string, amount: string) => {
    await mutate(Correct, { input: { id, amount } }, 'correctAdSpend');
    list.reload();
    onChange();
  });
  return (
    <section aria-labelledby="spend-title">
      <h2 id="spend-title">Spend</h2>
      <Show loaded={list} what="Loading spend">
        {({ adSpend, mediaOutlets }) => (
          <>
            <form class="inline" aria-label="Record spend" onSubmit={(e) => { e.preventDefault(); record.run(); }}>
              <label>
                Outlet
                <select value={draft.outletId} required onChange={(e) => setDraft({ ...draft, outletId: e.currentTarget.value })}>
                  <option value="">Choose…</option>
                  {mediaOutlets.filter((o) => o.active).map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Amount
                <input inputMode="decimal" pattern="\d+(\.\d{1,2})?" required value={draft.amount} onInput={(e) => setDraft({ ...draft, amount: e.currentTarget.value })} />
              </label>
              <label>
                Spent on
                <input type="date" required value={draft.spentOn} onInput={(e) => setDraft({ ...draft, spentOn: e.currentTarget.value })} />
              </label>
              <label>
                Campaign
                <input value={draft.campaign} onInput={(e) => setDraft({ ...draft, campaign: e.currentTarget.value })} />
              </label>
              <button type="submit" disabled={record.busy}>
                Record spend
              </button>
            </form>
            {record.error && <ErrorBox error={record.error} />}
            {correct.error && <ErrorBox error={correct.error} />}
            <table class="figures" aria-label="Spend entries">
              <thead>
                <tr>
                  <th scope="col">Spent on</th>
                  <th scope="col">Outlet</th>
                  <th scope="col">Campaign</th>
                  <th scope="col">Amount</th>
                  <th scope="col">Correct</th>
                </tr>
              </thead>
              <tbody>
                {adSpend.map((s) => (
                  <tr key={s.id}>
                    <td>{s.spentOn}</td>
                    <td>{s.outlet.name}</td>
                    <td>{s.campaign}</td>
                    <td>{formatMoney(s.amount)}</td>
                    <td>
                      <form onSubmit={(e) => { e.preventDefault(); const v = new FormData(e.currentTarget).get('amount') as string; correct.run(s.id, v); }}>
                        <input name="amount" aria-label={`Corrected amount for ${s.outlet.name} on ${s.spentOn}`} inputMode="decimal" defaultValue={s.amount} size={10} />
                        <button type="submit">Correct</button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Show>
    </section>
  );
}
