import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../../gql';
import type { ImportProgressSubscription } from '../../gql/graphql';
import { ApiError, download, request, subscribe, upload } from '../../app/api';
import { href, navigate } from '../../app/router';
import { ErrorBox, Show, useAction, useLoad } from '../../app/ui';

const Progress = graphql(`
  subscription ImportProgress($id: ID!) {
    importProgress(id: $id) { id status total processed created updated skipped failed linked message fileName dryRun }
  }
`);
const Jobs = graphql(`
  query ImportJobs { importJobs(first: 10) { id status fileName total processed created updated skipped failed createdAt } }
`);

type Job = ImportProgressSubscription['importProgress'];

/** Address books in, with live progress and the bad rows; exports of the current contact filter out. */
export function ExchangeView({ params }: { params: URLSearchParams }) {
  const watching = params.get('job');
  return (
    <section aria-labelledby="exchange-title">
      <h1 id="exchange-title">Import and export</h1>
      <UploadForm onQueued={(id) => navigate(href(['exchange'], { job: id }))} />
      {watching && <ImportProgress key={watching} id={watching} />}
      <RecentJobs />
      <Exports params={params} />
    </section>
  );
}

function UploadForm({ onQueued }: { onQueued: (id: string) => void }) {
  const send = useAction(async (form: HTMLFormElement) => {
    const data = new FormData(form);
    for (const k of ['group', 'tag']) {
      if (!(data.get(k) as string)?.trim()) {
        data.delete(k);
      }
    }
    const queued = await upload<{ id: string }>('/imports', data);
    onQueued(queued.id);
  });
  return (
    <form class="filters" aria-label="Import an address book" onSubmit={(e) => { e.preventDefault(); send.run(e.currentTarget); }}>
      <label>
        Address book (CSV from Google or Outlook, vCard, Rootline CSV)
        <input type="file" name="file" required accept=".csv,.vcf,text/csv,text/vcard" />
      </label>
      <label>
        Format
        <select name="format">
          <option value="AUTO">Recognise it</option>
          <option value="GOOGLE_CSV">Google CSV</option>
          <option value="OUTLOOK_CSV">Outlook CSV</option>
          <option value="VCARD">vCard</option>
          <option value="ROOTLINE_CSV">Rootline CSV</option>
        </select>
      </label>
      <label>
        Someone already here
        <select name="onDuplicate">
          <option value="SKIP">Skip</option>
          <option value="UPDATE">Update</option>
          <option value="CREATE">Create anyway</option>
        </select>
      </label>
      <label>
        Add to group
        <input name="group" maxLength={60} />
      </label>
      <label>
        Tag
        <input name="tag" maxLength={60} />
      </label>
      <label class="check">
        <input type="checkbox" name="dryRun" value="true" /> Dry run (check only)
      </label>
      <button type="submit" disabled={send.busy}>
        Import
      </button>
      {send.error && <ErrorBox error={send.error} />}
    </form>
  );
}

const FINISHED = ['COMPLETED', 'FAILED', 'CANCELLED'];

/** The importProgress subscription (server-sent events) drives the bar until the job is finished. */
function ImportProgress({ id }: { id: string }) {
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<ApiError>();
  useEffect(() => subscribe(Progress, { id }, (d) => setJob(d.importProgress), setError), [id]);
  const bad = useAction(() => download(`/imports/${encodeURIComponent(id)}/errors.csv`, `import-${id}-errors.csv`));
  if (error) {
    return <ErrorBox error={error} />;
  }
  if (!job) {
    return <p role="status">Waiting for the import to start…</p>;
  }
  const done = FINISHED.includes(job.status);
  return (
    <div class="import-progress" data-status={job.status}>
      <h2>
        {job.fileName ?? 'Import'} {job.dryRun && '(dry run)'}
      </h2>
      <progress max={job.total ?? 1} value={job.total ? job.processed : undefined} aria-label="Rows processed" />
      <p role="status" aria-live="polite">
        <span class="status">{job.status.toLowerCase()}</span>: {job.processed}
        {job.total !== null && ` of ${job.total}`} rows · {job.created} created · {job.updated} updated · {job.skipped} skipped ·{' '}
        <span class="failed">{job.failed} bad</span> · {job.linked} referrals linked
      </p>
      {job.message && <p>{job.message}</p>}
      {done && job.failed > 0 && (
        <button type="button" onClick={() => bad.run()}>
          Download the bad rows
        </button>
      )}
      {bad.error && <ErrorBox error={bad.error} />}
    </div>
  );
}

function RecentJobs() {
  const jobs = useLoad(() => request(Jobs), []);
  return (
    <Show loaded={jobs} what="Loading imports">
      {({ importJobs }) =>
        importJobs.length > 0 && (
          <section aria-labelledby="jobs-title">
            <h2 id="jobs-title">Recent imports</h2>
            <ul>
              {importJobs.map((j) => (
                <li key={j.id}>
                  <a href={href(['exchange'], { job: j.id })}>{j.fileName ?? j.id}</a> — {j.status.toLowerCase()}, {j.processed}
                  {j.total !== null && `/${j.total}`} rows, {j.failed} bad
                </li>
              ))}
            </ul>
          </section>
        )
      }
    </Show>
  );
}

const EXPORT_FILTERS = ['search', 'group', 'tag', 'statusLevel', 'levelDisagrees', 'contactType', 'customField.key', 'customField.equals', 'archived'] as const;

const LABELS: Record<(typeof EXPORT_FILTERS)[number], string> = {
  search: 'Search',
  group: 'Group',
  tag: 'Tag',
  statusLevel: 'Level',
  levelDisagrees: 'Level differs from the suggestion (true/false)',
  contactType: 'Type',
  'customField.key': 'Custom field',
  'customField.equals': 'equals',
  archived: 'Archived (true: only they)',
};

function Exports({ params }: { params: URLSearchParams }) {
  const filter = Object.fromEntries(EXPORT_FILTERS.map((k) => [k, params.get(k) ?? '']));
  const set = (k: string, v: string) => navigate(href(['exchange'], { ...Object.fromEntries(params), [k]: v }), true);
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v)).toString();
  const run = useAction((path: string, name: string) => download(`${path}${query ? `?${query}` : ''}`, name));
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        {EXPORT_FILTERS.map((k) => (
          <label key={k}>
            {LABELS[k]}
            <input value={filter[k]} onChange={(e) => set(k, e.currentTarget.value)} />
          </label>
        ))}
      </form>
      <p class="actions">
        <button type="button" onClick={() => run.run('/exports/contacts.csv', 'contacts.csv')}>
          Rootline CSV
        </button>
        <button type="button" onClick={() => run.run('/exports/contacts.vcf', 'contacts.vcf')}>
          vCard
        </button>
        <button type="button" onClick={() => run.run('/exports/mailing-labels.csv', 'mailing-labels.csv')}>
          Mailing labels
        </button>
      </p>
      {run.error && <ErrorBox error={run.error} />}
    </section>
  );
}
