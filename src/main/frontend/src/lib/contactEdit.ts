/** The editable part of a contact, as the form holds it. */
export interface ContactDraft {
  firstName: string;
  lastName: string;
  company: string;
  jobTitle: string;
  email: string;
  phone: string;
  statusLevel: string;
  contactType: string;
  tags: string;
  groups: string;
}

interface Source {
  firstName?: string | null;
  lastName?: string | null;
  company?: string | null;
  jobTitle?: string | null;
  emails?: readonly { address: string; type: string }[] | null;
  phones?: readonly { number: string; type: string }[] | null;
  statusLevel?: string | null;
  contactType?: string | null;
  tags: readonly string[];
  groups: readonly string[];
}

export function draftOf(c: Source): ContactDraft {
  return {
    firstName: c.firstName ?? '',
    lastName: c.lastName ?? '',
    company: c.company ?? '',
    jobTitle: c.jobTitle ?? '',
    email: c.emails?.[0]?.address ?? '',
    phone: c.phones?.[0]?.number ?? '',
    statusLevel: c.statusLevel ?? '',
    contactType: c.contactType ?? '',
    tags: c.tags.join(', '),
    groups: c.groups.join(', '),
  };
}

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The update for what the user changed, field by field: a field left alone is left out (so a
 * concurrent change to it is not overwritten), a field emptied is cleared. The first e-mail and
 * phone are edited in place; the others are kept.
 */
export function changesBetween(before: Source, draft: ContactDraft): Record<string, unknown> {
  const was = draftOf(before);
  const out: Record<string, unknown> = {};
  const text = (k: 'firstName' | 'lastName' | 'company' | 'jobTitle' | 'contactType' | 'statusLevel') => {
    if (draft[k].trim() !== was[k].trim()) {
      out[k] = draft[k].trim() || null;
    }
  };
  (['firstName', 'lastName', 'company', 'jobTitle', 'contactType', 'statusLevel'] as const).forEach(text);
  if (draft.email.trim() !== was.email) {
    const rest = (before.emails ?? []).slice(1).map(({ type, address }) => ({ type, address }));
    const first = draft.email.trim() ? [{ type: before.emails?.[0]?.type ?? 'HOME', address: draft.email.trim() }] : [];
    out.emails = [...first, ...rest];
  }
  if (draft.phone.trim() !== was.phone) {
    const rest = (before.phones ?? []).slice(1).map(({ type, number }) => ({ type, number }));
    const first = draft.phone.trim() ? [{ type: before.phones?.[0]?.type ?? 'MOBILE', number: draft.phone.trim() }] : [];
    out.phones = [...first, ...rest];
  }
  for (const k of ['tags', 'groups'] as const) {
    if (list(draft[k]).join('\u0000') !== list(was[k]).join('\u0000')) {
      out[k] = list(draft[k]);
    }
  }
  return out;
}

/** Fields that both the user and someone else changed since the version the user read. */
export function conflictingFields(read: Source, saved: Source, draft: ContactDraft): (keyof ContactDraft)[] {
  const mine = draftOf(read);
  const theirs = draftOf(saved);
  return (Object.keys(mine) as (keyof ContactDraft)[]).filter((k) => draft[k].trim() !== mine[k].trim() && theirs[k] !== mine[k]);
}
