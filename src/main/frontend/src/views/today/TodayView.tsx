import { useState } from 'preact/hooks';
import { graphql } from '../../gql';
import { mutate, request } from '../../app/api';
import { href, navigate } from '../../app/router';
import { ErrorBox, formatMoney, Show, useAction, useLoad } from '../../app/ui';
import type { Viewer } from '../../app/views';
import { MailPanel } from './MailPanel';

const Team = graphql(`
  query TeamAgents { agents(filter: { kind: TEAM }, first: 100) { edges { node { id name } } } }
`);
const Day = graphql(`
  query AgentDay($agentId: ID!, $date: Date) {
    dailyCalls(agentId: $agentId, date: $date, first: 25) {
      edges { node { score treeValue contact { id displayName } reasons { code text } } }
    }
    tasks(filter: { assigneeId: $agentId, status: OPEN }, first: 25) {
      edges { node { id title kind priority dueOn dueTime overdue contact { id displayName } } }
    }
    calendarFeeds(agentId: $agentId) { id name createdAt lastReadAt }
  }
`);
const Complete = graphql(`
  mutation CompleteTask($input: CompleteTaskInput!) { completeTask(input: $input) { task { id status } userErrors { field code message } } }
`);
const Feed = graphql(`
  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) { createCalendarFeed(input: $input) { url userErrors { field code message } } }
`);

/** An agent's day: whom to call and why, the open tasks, the calendar URL, and the mail going out. */
export function TodayView({ params, viewer }: { params: URLSearchParams; viewer: Viewer }) {
  const team = useLoad(() => request(Team), []);
  const agentId = params.get('agent') ?? viewer.agentId ?? team.data?.agents.edges[0]?.node.id ?? null;
  const date = params.get('date') || null;
  return (
    <section aria-labelledby="today-title">
      <h1 id="today-title">Today</h1>
      <Show loaded={team} what="Loading the team">
        {({ agents }) => (
          <form class="filters" onSubmit={(e) => e.preventDefault()}>
            <label>
              Agent
              <select value={agentId ?? ''} onChange={(e) => navigate(href(['today'], { agent: e.currentTarget.value, date }), true)}>
                {agents.edges.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {node.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Day
              <input type="date" value={date ?? ''} onChange={(e) => navigate(href(['today'], { agent: agentId, date: e.currentTarget.value }), true)} />
            </label>
          </form>
        )}
      </Show>
      {agentId ? <AgentDay key={agentId + date} agentId={agentId} date={date} /> : <p class="empty">No team agent yet.</p>}
      {viewer.roles.has('MARKETING') && <MailPanel />}
    </section>
  );
}

function AgentDay({ agentId, date }: { agentId: string; date: string | null }) {
  const day = useLoad(() => request(Day, { agentId, date }), [agentId, date]);
  const complete = useAction(async (id: string) => {
    await mutate(Complete, { input: { id } }, 'completeTask');
    day.reload();
  });
  const [feedUrl, setFeedUrl] = useState<string | null>(null);
  const feed = useAction(async () => {
    const created = await mutate(Feed, { input: { agentId, name: 'Rootline' } }, 'createCalendarFeed');
    setFeedUrl(created.url ?? null);
    day.reload();
  });
  return (
    <Show loaded={day} what="Loading the day">
      {({ dailyCalls, tasks, calendarFeeds }) => (
        <div class="columns">
          <section aria-labelledby="calls-title">
            <h2 id="calls-title">Call list</h2>
            {dailyCalls.edges.length === 0 && <p class="empty">Nobody to call today.</p>}
            <ol class="calls">
              {dailyCalls.edges.map(({ node }) => (
                <li key={node.contact.id}>
                  <a href={href(['contacts', node.contact.id])}>{node.contact.displayName}</a> <span class="muted">score {node.score}</span>
                  {Number(node.treeValue) > 0 && <span class="muted"> · tree brought {formatMoney(node.treeValue)}</span>}
                  <ul>
                    {node.reasons.map((r) => (
                      <li key={r.code}>{r.text}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="tasks-title">
            <h2 id="tasks-title">Open tasks</h2>
            {complete.error && <ErrorBox error={complete.error} />}
            {tasks.edges.length === 0 && <p class="empty">No open task.</p>}
            <ul class="tasks">
              {tasks.edges.map(({ node: t }) => (
                <li key={t.id} class={t.overdue ? 'overdue' : undefined}>
                  <button type="button" disabled={complete.busy} onClick={() => complete.run(t.id)} aria-label={`Complete ${t.title}`}>
                    Done
                  </button>{' '}
                  {t.title} <span class="muted">({t.kind.toLowerCase()}, due {t.dueOn}{t.dueTime ? ` ${t.dueTime}` : ''}{t.overdue ? ', overdue' : ''})</span>
                  {t.contact && (
                    <>
                      {' '}— <a href={href(['contacts', t.contact.id])}>{t.contact.displayName}</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
            <h2>Calendar</h2>
            <p>
              {calendarFeeds.length} calendar URL{calendarFeeds.length === 1 ? '' : 's'} in use.{' '}
              <button type="button" onClick={() => feed.run()} disabled={feed.busy}>
                New calendar URL
              </button>
            </p>
            {feedUrl && (
              <p class="secret">
                Subscribe your calendar to <code>{feedUrl}</code> — shown this once.
              </p>
            )}
            {feed.error && <ErrorBox error={feed.error} />}
          </section>
        </div>
      )}
    </Show>
  );
}
