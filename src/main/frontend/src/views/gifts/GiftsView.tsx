import { useState } from 'preact/hooks';
import { graphql } from '../../gql';
import type { GiftPlanInput, GiftPlanViewQuery } from '../../gql/graphql';
import { download, mutate, request } from '../../app/api';
import { href, navigate } from '../../app/router';
import { ErrorBox, formatMoney, Show, useAction, useLoad } from '../../app/ui';

export const PlanFields = graphql(`
  fragment PlanFields on GiftPlan {
    id name asOf budget totalAllocated unallocated shortfall recipientCount
    tierSummary { tier { name giftDescription unitCost } recipients amount }
    warnings { code message }
    rows(first: 100) {
      totalCount
      edges {
        node {
          rank score amount tier { name }
          recipient { id displayName }
          household { id displayName }
          scoreParts { referralPoints revenuePoints levels { depth weight referrals revenue } }
        }
      }
    }
    excluded(first: 100) {
      totalCount
      edges {
        node {
          reason
          who { __typename ... on Contact { id displayName } ... on Agent { id name } ... on MediaOutlet { id name } }
        }
      }
    }
  }
`);

const Plan = graphql(`
  query GiftPlanView($input: GiftPlanInput!) { giftPlan(input: $input) { ...PlanFields } }
`);
const Save = graphql(`
  mutation SaveGiftPlan($input: SaveGiftPlanInput!) { saveGiftPlan(input: $input) { plan { id name } userErrors { field code message } } }
`);
const Saved = graphql(`
  query SavedGiftPlans { savedGiftPlans(first: 20) { id name } }
`);

type Plan = GiftPlanViewQuery['giftPlan'];

const REASONS: Record<string, string> = {
  RESPA_PARTNER: 'a partner (RESPA: no gifts for referrals of settlement business)',
  ARCHIVED: 'archived',
  ERASED: 'erased',
  INACTIVE: 'no contact in the inactive window',
};

/** A gift plan from a budget: tier totals, each score explained level by level, the excluded and why. */
export function GiftsView({ params }: { params: URLSearchParams }) {
  const budget = params.get('budget') ?? '';
  const tiersText = params.get('tiers') ?? '';
  const [draft, setDraft] = useState({ budget, tiers: tiersText });
  const input: GiftPlanInput | null = budget ? { budget, tiers: parseTiers(tiersText) } : null;
  return (
    <section aria-labelledby="gifts-title">
      <h1 id="gifts-title">Gift plan</h1>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(href(['gifts'], { budget: draft.budget.trim(), tiers: draft.tiers.trim() }));
        }}
      >
        <label>
          Budget
          <input inputMode="decimal" required pattern="\d+(\.\d{1,2})?" value={draft.budget} onInput={(e) => setDraft({ ...draft, budget: e.currentTarget.value })} />
        </label>
        <label>
          Tiers (optional: name=cost, …, cheapest first)
          <input value={draft.tiers} placeholder="Card=5, Wine=40, Dinner=150" onInput={(e) => setDraft({ ...draft, tiers: e.currentTarget.value })} />
        </label>
        <button type="submit">Build plan</button>
      </form>
      {input && <PlanResult key={JSON.stringify(input)} input={input} />}
      <SavedPlans />
    </section>
  );
}

/** "Card=5, Wine=40" → tiers; none means the saved tiers (giftTiers) are used. */
export function parseTiers(text: string): GiftPlanInput['tiers'] {
  const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
  return parts.length === 0 ? undefined : parts.map((p) => {
    const [name, cost] = p.split('=').map((s) => s.trim());
    return { name, unitCost: cost ?? '' };
  });
}

function PlanResult({ input }: { input: GiftPlanInput }) {
  const plan = useLoad(() => request(Plan, { input }), [JSON.stringify(input)]);
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const save = useAction(async () => {
    const result = await mutate(Save, { input: { name, plan: input } }, 'saveGiftPlan');
    setSaved(result.plan!.id!);
  });
  const csv = useAction((id: string) => download(`/reports/gift-plans/${encodeURIComponent(id)}.csv`, `gift-plan-${id}.csv`));
  return (
    <Show loaded={plan} what="Allocating the budget">
      {({ giftPlan: p }) => (
        <>
          <p class="summary">
            {p.recipientCount} recipients · allocated <strong>{formatMoney(p.totalAllocated)}</strong> of {formatMoney(p.budget)} · left {formatMoney(p.unallocated)}
            {p.shortfall && <> · short by {formatMoney(p.shortfall)}</>}
          </p>
          {p.warnings.map((w) => (
            <p class="warning" role="status" key={w.code}>
              {w.message} <code>{w.code}</code>
            </p>
          ))}
          <table class="figures" aria-label="Tiers">
            <thead>
              <tr>
                <th scope="col">Tier</th>
                <th scope="col">Gift</th>
                <th scope="col">Unit cost</th>
                <th scope="col">Recipients</th>
                <th scope="col">Amount</th>
              </tr>
            </thead>
            <tbody>
              {p.tierSummary.map((t) => (
                <tr key={t.tier.name} data-tier={t.tier.name}>
                  <th scope="row">{t.tier.name}</th>
                  <td>{t.tier.giftDescription}</td>
                  <td>{formatMoney(t.tier.unitCost)}</td>
                  <td>{t.recipients}</td>
                  <td>{formatMoney(t.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Rows plan={p} />
          <h2>Excluded ({p.excluded.totalCount})</h2>
          <ul>
            {p.excluded.edges.map(({ node }) => (
              <li key={node.who.id}>
                {'displayName' in node.who ? node.who.displayName : node.who.name} — {REASONS[node.reason] ?? node.reason}
              </li>
            ))}
          </ul>
          <form class="inline" aria-label="Save the plan" onSubmit={(e) => { e.preventDefault(); save.run(); }}>
            <label>
              Plan name
              <input required value={name} onInput={(e) => setName(e.currentTarget.value)} />
            </label>
            <button type="submit" disabled={save.busy}>
              Save plan
            </button>
            {saved && (
              <button type="button" onClick={() => csv.run(saved)}>
                Vendor CSV
              </button>
            )}
          </form>
          {save.error && <ErrorBox error={save.error} />}
          {csv.error && <ErrorBox error={csv.error} />}
        </>
      )}
    </Show>
  );
}

function Rows({ plan }: { plan: Plan }) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <table class="figures" aria-label="Recipients">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Recipient</th>
          <th scope="col">Score</th>
          <th scope="col">Tier</th>
          <th scope="col">Amount</th>
        </tr>
      </thead>
      <tbody>
        {plan.rows.edges.map(({ node: r }) => (
          <>
            <tr key={r.rank} data-recipient={r.recipient.displayName}>
              <td>{r.rank}</td>
              <td>
                <a href={href(['contacts', r.recipient.id])}>{r.recipient.displayName}</a>
                {r.household.length > 1 && <span class="muted"> (household of {r.household.length})</span>}
              </td>
              <td>
                <button type="button" class="link" aria-expanded={open === r.rank} onClick={() => setOpen(open === r.rank ? null : r.rank)}>
                  {r.score.toFixed(2)}
                </button>
              </td>
              <td>{r.tier?.name ?? '—'}</td>
              <td>{formatMoney(r.amount)}</td>
            </tr>
            {open === r.rank && (
              <tr class="explain">
                <td colSpan={5}>
                  Referral points {r.scoreParts.referralPoints.toFixed(2)} + revenue points {r.scoreParts.revenuePoints.toFixed(2)}:
                  <ul>
                    {r.scoreParts.levels.map((l) => (
                      <li key={l.depth}>
                        level {l.depth}: {l.referrals} referrals × weight {l.weight}, revenue {formatMoney(l.revenue)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            )}
          </>
        ))}
      </tbody>
    </table>
  );
}

function SavedPlans() {
  const saved = useLoad(() => request(Saved), []);
  const csv = useAction((id: string) => download(`/reports/gift-plans/${encodeURIComponent(id)}.csv`, `gift-plan-${id}.csv`));
  return (
    <Show loaded={saved} what="Loading saved plans">
      {({ savedGiftPlans }) =>
        savedGiftPlans.length > 0 && (
          <section aria-labelledby="saved-title">
            <h2 id="saved-title">Saved plans</h2>
            <ul>
              {savedGiftPlans.map((s) => (
                <li key={s.id}>
                  {s.name}{' '}
                  <button type="button" class="link" onClick={() => csv.run(s.id)}>
                    vendor CSV
                  </button>
                </li>
              ))}
            </ul>
            {csv.error && <ErrorBox error={csv.error} />}
          </section>
        )
      }
    </Show>
  );
}
