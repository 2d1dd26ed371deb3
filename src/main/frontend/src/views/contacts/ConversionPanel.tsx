import { graphql } from '../../gql';
import type { ContactRecordQuery, StatusLevel } from '../../gql/graphql';
import { mutate } from '../../app/api';
import { ErrorBox, useAction } from '../../app/ui';
import type { ContactFields } from './ContactRecord';

const SetLevel = graphql(`
  mutation AcceptSuggestedLevel($input: UpdateContactInput!) {
    updateContact(input: $input) { contact { id statusLevel } userErrors { field code message } }
  }
`);

type Conversion = NonNullable<NonNullable<ContactRecordQuery['contact']>['conversion']>;

/**
 * The model's suggestion beside the agent's level, with the three factors that move it most. The
 * level stays the agent's: accepting is an ordinary, versioned edit.
 */
export function ConversionPanel({ contact, conversion, canEdit, onAccepted }: { contact: ContactFields; conversion: Conversion; canEdit: boolean; onAccepted: () => void }) {
  const accept = useAction(async () => {
    await mutate(SetLevel, { input: { id: contact.id, expectedVersion: contact.version, statusLevel: conversion.suggestedLevel as StatusLevel } }, 'updateContact');
    onAccepted();
  });
  const top = [...conversion.factors].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution)).slice(0, 3);
  const differs = conversion.suggestedLevel !== contact.statusLevel;
  return (
    <section aria-labelledby="conversion-title" class="conversion">
      <h2 id="conversion-title">Likely to convert</h2>
      <p>
        Suggested level <span class={`level level-${conversion.suggestedLevel}`}>{conversion.suggestedLevel}</span>
        {conversion.probability !== null && conversion.probability !== undefined
          ? ` — ${(conversion.probability * 100).toFixed(0)} % chance of a closed deal within the model's horizon`
          : ' — by the rule (A within 30 days of a touch, B within 90): no model is in use yet'}
        .{' '}
        {differs && canEdit && (
          <button type="button" onClick={() => accept.run()} disabled={accept.busy}>
            Use {conversion.suggestedLevel}
          </button>
        )}
      </p>
      {top.length > 0 && (
        <ul class="factors">
          {top.map((f) => (
            <li key={f.name}>
              {f.contribution >= 0 ? '▲' : '▼'} {f.name}: {Number.isInteger(f.value) ? f.value : f.value.toFixed(2)}{' '}
              <span class="muted">({f.contribution >= 0 ? 'raises' : 'lowers'} the odds)</span>
            </li>
          ))}
        </ul>
      )}
      {accept.error && <ErrorBox error={accept.error} />}
    </section>
  );
}
