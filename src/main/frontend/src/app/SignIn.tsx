import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './api';
import { finishOidc, signInOptions, startOidc, type SignInOptions } from './oidc';
import { session } from './session';
import { ErrorBox, Loading } from './ui';

/**
 * Sign-in: with the organisation's provider (OIDC, authorization code with PKCE) when the server
 * names one, or with a personal API token pasted once per tab (an ADMIN issues it with createApiToken).
 */
export function SignIn() {
  const [token, setToken] = useState('');
  const [options, setOptions] = useState<SignInOptions | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [returning, setReturning] = useState(() => new URLSearchParams(location.search).has('code'));
  useEffect(() => {
    signInOptions().then(setOptions, () => setOptions({ oidc: null }));
    finishOidc().catch(setError).finally(() => setReturning(false));
  }, []);
  if (returning) {
    return <Loading what="Signing in" />;
  }
  const refusal = session.refusal();
  return (
    <main class="signin">
      <h1>Rootline</h1>
      {refusal && <ErrorBox error={new ApiError(refusal, 'UNAUTHENTICATED', 401)} />}
      {error && <ErrorBox error={error} />}
      {options?.oidc && (
        <p>
          <button type="button" onClick={() => startOidc(options.oidc!).catch(setError)}>
            Sign in with single sign-on
          </button>
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (token.trim()) {
            session.signIn(token);
          }
        }}
      >
        <label for="token">Personal API token</label>
        <input id="token" type="password" autoComplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} required />
        <p class="hint">Kept in this tab only and forgotten when you sign out or close it.</p>
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
