import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient } from 'graphql-sse';
import { session } from './session';

/** A refusal by the server: its message and its stable code (UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED …). */
export class ApiError extends Error {
  constructor(message: string, readonly code: string, readonly status?: number) {
    super(message);
  }
}

/** A business refusal inside a mutation's payload: the field path names the input it concerns. */
export interface UserError {
  field: readonly string[];
  code: string;
  message: string;
}

const printed = new WeakMap<object, string>();
function text(document: TypedDocumentNode<any, any>): string {
  let query = printed.get(document);
  if (!query) {
    query = print(document);
    printed.set(document, query);
  }
  return query;
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = session.token();
  return { 'Content-Type': 'application/json', Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...extra };
}

/** Runs one GraphQL operation; any error in the answer is thrown as an ApiError with the server's code. */
export async function request<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers: headers(), body: JSON.stringify({ query: text(document), variables }) });
  } catch (e) {
    throw new ApiError('The server cannot be reached. Check your connection and try again.', 'NETWORK');
  }
  const body = await response.json().catch(() => null);
  // A field the caller's roles may not read (a viewer and a contact's phones) comes back null with
  // a FORBIDDEN error beside the rest of the answer: the rest is shown, the field is not.
  const errors: { message: string; code?: string; extensions?: { code?: string } }[] = body?.errors ?? [];
  const partial = body?.data && errors.every((e) => e.extensions?.code === 'FORBIDDEN');
  const error = partial ? null : (errors[0] ?? (response.ok ? null : body));
  if (response.status === 401) {
    session.expired(error?.message ?? 'Your sign-in is no longer valid.');
  }
  if (error) {
    throw new ApiError(error.message ?? `HTTP ${response.status}`, error.extensions?.code ?? error.code ?? `HTTP_${response.status}`, response.status);
  }
  return body.data as R;
}

/** Runs a mutation and throws its first user error, so a form can show it beside the field it names. */
export async function mutate<R, V, K extends keyof R>(document: TypedDocumentNode<R, V>, variables: V, payload: K): Promise<R[K]> {
  const data = await request(document, variables);
  const errors = (data[payload] as { userErrors?: UserError[] }).userErrors ?? [];
  if (errors.length > 0) {
    throw new UserErrors(errors);
  }
  return data[payload];
}

export class UserErrors extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => `${e.field.slice(1).join('.') || 'input'}: ${e.message}`).join('; '));
  }
  get code(): string {
    return this.errors[0].code;
  }
}

/** A subscription over server-sent events (POST /graphql, Accept: text/event-stream). */
export function subscribe<R, V>(document: TypedDocumentNode<R, V>, variables: V, onNext: (data: R) => void, onError: (e: ApiError) => void): () => void {
  // Only the token: graphql-sse sets its own Accept (text/event-stream) and Content-Type.
  const token = () => session.token();
  const client = createClient({ url: '/graphql', singleConnection: false, headers: (): Record<string, string> => (token() ? { Authorization: `Bearer ${token()}` } : {}), retryAttempts: 2 });
  return client.subscribe<R>(
    { query: text(document), variables: variables as Record<string, unknown> },
    {
      next: (value) => {
        if (value.errors?.length) {
          const e = value.errors[0] as { message: string; extensions?: { code?: string } };
          onError(new ApiError(e.message, e.extensions?.code ?? 'INTERNAL'));
        } else if (value.data) {
          onNext(value.data as R);
        }
      },
      error: (e) => onError(e instanceof ApiError ? e : new ApiError(String((e as Error)?.message ?? e), 'NETWORK')),
      complete: () => client.dispose(),
    },
  );
}

/** Fetches a REST endpoint with the session's token and answers a file (CSV, vCard, SVG …). */
export async function download(path: string, filename: string): Promise<void> {
  const response = await fetch(path, { headers: headers({ Accept: '*/*' }) });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new ApiError(body.message ?? `HTTP ${response.status}`, body.code ?? `HTTP_${response.status}`, response.status);
  }
  saveBlob(await response.blob(), filename);
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Posts a multipart form (the address-book upload) and answers its JSON. */
export async function upload<T>(path: string, form: FormData): Promise<T> {
  const token = session.token();
  const response = await fetch(path, { method: 'POST', body: form, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new ApiError(body.message ?? `HTTP ${response.status}`, body.code ?? `HTTP_${response.status}`, response.status);
  }
  return body as T;
}
