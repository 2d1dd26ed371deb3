import { session } from './session';

/** What the server says about signing in (GET /auth/options). */
export interface SignInOptions {
  oidc: { issuer: string; clientId: string; scope: string } | null;
}

const PENDING = 'rootline.oidc.pending';

export async function signInOptions(): Promise<SignInOptions> {
  const response = await fetch('/auth/options');
  return response.ok ? response.json() : { oidc: null };
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

async function discover(issuer: string): Promise<{ authorization_endpoint: string; token_endpoint: string }> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) {
    throw new Error(`The sign-in provider at ${issuer} did not answer (HTTP ${response.status}).`);
  }
  return response.json();
}

/** The app's own address without a query or fragment: the redirect URI registered with the provider. */
function redirectUri(): string {
  return `${location.origin}${location.pathname}`;
}

/**
 * Starts the authorization code flow with PKCE (RFC 7636, S256): the verifier and state wait in
 * this tab's sessionStorage while the browser visits the provider; the fragment the user was on
 * comes back with them.
 */
export async function startOidc(oidc: NonNullable<SignInOptions['oidc']>): Promise<void> {
  const provider = await discover(oidc.issuer);
  const verifier = random();
  const state = random();
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, tokenEndpoint: provider.token_endpoint, clientId: oidc.clientId, hash: location.hash }));
  const url = new URL(provider.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: oidc.clientId,
    redirect_uri: redirectUri(),
    scope: oidc.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/**
 * Finishes a sign-in the provider sent back to this page (?code=…&state=…): the code is exchanged
 * for an access token with the verifier, the query is taken off the address at once, and the
 * token kept like a pasted one. Answers false when the page is not such a return.
 */
export async function finishOidc(): Promise<boolean> {
  const query = new URLSearchParams(location.search);
  const code = query.get('code');
  const pending = sessionStorage.getItem(PENDING);
  if (!code && !query.get('error')) {
    return false;
  }
  sessionStorage.removeItem(PENDING);
  const started = pending ? JSON.parse(pending) : null;
  history.replaceState(null, '', `${redirectUri()}${started?.hash ?? ''}`);
  if (query.get('error')) {
    throw new Error(`The sign-in provider refused: ${query.get('error_description') ?? query.get('error')}`);
  }
  if (!started || query.get('state') !== started.state) {
    throw new Error('This sign-in did not start here (its state does not match): sign in again.');
  }
  const response = await fetch(started.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: code!, redirect_uri: redirectUri(), client_id: started.clientId, code_verifier: started.verifier }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.access_token) {
    throw new Error(`The sign-in provider gave no token: ${body.error_description ?? body.error ?? `HTTP ${response.status}`}`);
  }
  session.signIn(body.access_token);
  return true;
}
