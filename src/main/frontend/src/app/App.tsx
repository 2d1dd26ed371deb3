import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../gql';
import { request } from './api';
import { href, navigate, parse, useRoute } from './router';
import { effectiveRoles, session, type Role } from './session';
import { ErrorBox, Loading, useLoad } from './ui';
import { views, type Viewer } from './views';
import { SignIn } from './SignIn';

const Me = graphql(`
  query Me {
    me { id name roles agentId }
  }
`);

export function App() {
  const [token, setToken] = useState(session.token());
  useEffect(() => session.onChange(() => setToken(session.token())), []);
  return token ? <SignedIn key={token} /> : <SignIn />;
}

function SignedIn() {
  const me = useLoad(() => request(Me), []);
  if (me.error) {
    return (
      <main class="signin">
        <ErrorBox error={me.error} retry={me.reload} />
        <button type="button" onClick={() => session.signOut()}>
          Sign in again
        </button>
      </main>
    );
  }
  if (!me.data) {
    return <Loading what="Signing in" />;
  }
  const viewer: Viewer = { ...me.data.me, roles: effectiveRoles(me.data.me.roles as Role[]) };
  return <Shell viewer={viewer} />;
}

function Shell({ viewer }: { viewer: Viewer }) {
  const route = useRoute();
  const allowed = views.filter((v) => !v.role || viewer.roles.has(v.role));
  const current = allowed.find((v) => v.id === route.path[0]);
  useEffect(() => {
    // Read the address now, not as rendered: the user may have moved on since.
    const now = parse(location.hash).path[0];
    if (!allowed.some((v) => v.id === now)) {
      navigate(href([allowed[0].id]), true);
    }
  }, [current]);
  useEffect(() => {
    document.title = current ? `${current.title} · Rootline` : 'Rootline';
  }, [current]);
  return (
    <div class="shell">
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <header>
        <span class="brand">Rootline</span>
        <nav aria-label="Views">
          <ul>
            {allowed
              .filter((v) => v.order !== undefined)
              .map((v) => (
                <li key={v.id}>
                  <a href={href([v.id])} aria-current={v === current ? 'page' : undefined}>
                    {v.title}
                  </a>
                </li>
              ))}
          </ul>
        </nav>
        <span class="who">
          {viewer.name}
          <button type="button" class="link" onClick={() => session.signOut()}>
            Sign out
          </button>
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        {current ? current.render(route, viewer) : <Loading />}
      </main>
    </div>
  );
}
