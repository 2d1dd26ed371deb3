import { useState } from 'preact/hooks';
import { graphql } from '../../gql';
import type { UpdateContactInput } from '../../gql/graphql';
import { mutate, request, UserErrors } from '../../app/api';
import { ErrorBox, useAction } from '../../app/ui';
import { changesBetween, conflictingFields, draftOf, type ContactDraft } from '../../lib/contactEdit';
import { ContactRecordDoc, type ContactFields } from './ContactRecord';

const Update = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) { contact { id version } userErrors { field code message } }
  }
`);

const LABELS: Record<keyof ContactDraft, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  jobTitle: 'Job title',
  email: 'E-mail',
  phone: 'Phone',
  statusLevel: 'Level (A/B/C)',
  contactType: 'Type',
  tags: 'Tags (comma-separated)',
  groups: 'Groups (comma-separated)',
};

/**
 * Edits with the version the user read. When someone saved in between (VERSION_CONFLICT) both
 * versions are shown side by side and the user re-applies their changes over the saved one, or drops them.
 */
export function ContactEditor({ contact, onDone }: { contact: ContactFields; onDone: () => void }) {
  // What the user read stays the base of their changes; after a conflict only the version moves on.
  const read = contact;
  const [draft, setDraft] = useState(() => draftOf(contact));
  const [saved, setSaved] = useState<ContactFields | null>(null);
  const save = useAction(async (version: number) => {
    const changes = changesBetween(read, draft);
    try {
      await mutate(Update, { input: { id: contact.id, expectedVersion: version, ...changes } as UpdateContactInput }, 'updateContact');
      onDone();
    } catch (e) {
      if (e instanceof UserErrors && e.code === 'VERSION_CONFLICT') {
        const now = await request(ContactRecordDoc, { id: contact.id });
        setSaved(now.contact ?? null);
      }
      throw e;
    }
  });
  const fieldError = (k: string) => (save.error instanceof UserErrors ? save.error.errors.find((e) => e.field.includes(k === 'email' ? 'emails' : k === 'phone' ? 'phones' : k)) : undefined);
  const conflicts = saved ? conflictingFields(read, saved, draft) : [];
  return (
    <form
      class="editor"
      aria-label="Edit contact"
      onSubmit={(e) => {
        e.preventDefault();
        save.run(read.version);
      }}
    >
      {(Object.keys(LABELS) as (keyof ContactDraft)[]).map((k) => {
        const error = fieldError(k);
        return (
          <label key={k}>
            {LABELS[k]}
            <input
              name={k}
              value={draft[k]}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${k}-error` : undefined}
              onInput={(e) => setDraft({ ...draft, [k]: e.currentTarget.value })}
            />
            {error && (
              <span class="field-error" id={`${k}-error`}>
                {error.message}
              </span>
            )}
          </label>
        );
      })}
      {save.error && !saved && <ErrorBox error={save.error} />}
      {saved && (
        <div class="conflict" role="alert">
          <p>
            <strong>Someone saved this contact while you were editing</strong> (now version {saved.version}).
            {conflicts.length > 0 ? ` You both changed: ${conflicts.map((k) => LABELS[k]).join(', ')}.` : ' You changed different fields.'}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Saved now</th>
                <th scope="col">Yours</th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(LABELS) as (keyof ContactDraft)[])
                .filter((k) => draftOf(saved)[k] !== draft[k])
                .map((k) => (
                  <tr key={k} class={conflicts.includes(k) ? 'both' : undefined}>
                    <th scope="row">{LABELS[k]}</th>
                    <td>{draftOf(saved)[k]}</td>
                    <td>{draft[k]}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <button
            type="button"
            onClick={() => {
              setSaved(null);
              save.run(saved.version);
            }}
          >
            Re-apply my changes
          </button>
          <button type="button" onClick={onDone}>
            Keep the saved version
          </button>
        </div>
      )}
      <p class="actions">
        <button type="submit" disabled={save.busy}>
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </p>
    </form>
  );
}
