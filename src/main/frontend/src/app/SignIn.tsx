import { useState } from 'preact/hooks';
import { ApiError } from './api';
import { session } from './session';
import { ErrorBox } from './ui';

/** Sign-in with a personal API token, pasted once per tab (an ADMIN issues it with createApiToken). */
export function SignIn() {
  const [token, setToken] = useState('');
  return (
    <main class="signin">
      <h1>Rootline</h1>
      {session.refusal() && <ErrorBox error={new ApiError(session.refusal()!, 'UNAUTHENTICATED', 401)} />}
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
