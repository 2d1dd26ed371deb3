/**
 * The signed-in caller's token. It lives in this tab's sessionStorage (it survives a reload, not
 * the tab) and in memory; never in a URL or in localStorage. Sign-out forgets it.
 */
const KEY = 'rootline.token';
type Listener = () => void;
const listeners = new Set<Listener>();
let refusal: string | null = null;

export const session = {
  token(): string | null {
    return sessionStorage.getItem(KEY);
  },
  signIn(token: string): void {
    refusal = null;
    sessionStorage.setItem(KEY, token.trim());
    listeners.forEach((l) => l());
  },
  signOut(): void {
    sessionStorage.removeItem(KEY);
    listeners.forEach((l) => l());
  },
  /** The server refused the token (unknown, revoked, expired): back to the sign-in form, saying why. */
  expired(message: string): void {
    if (session.token()) {
      refusal = message;
      session.signOut();
    }
  },
  /** Why the last token was refused, for the sign-in form. */
  refusal(): string | null {
    return refusal;
  },
  onChange(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export type Role = 'ADMIN' | 'BROKER' | 'AGENT' | 'MARKETING' | 'VIEWER';

/** The server's role hierarchy, so the app hides what a caller could not do (the server still enforces it). */
const IMPLIES: Record<Role, Role[]> = {
  ADMIN: ['BROKER'],
  BROKER: ['AGENT', 'MARKETING'],
  AGENT: ['VIEWER'],
  MARKETING: ['VIEWER'],
  VIEWER: [],
};

export function effectiveRoles(granted: readonly Role[]): Set<Role> {
  const all = new Set<Role>();
  const visit = (r: Role) => {
    if (!all.has(r)) {
      all.add(r);
      IMPLIES[r].forEach(visit);
    }
  };
  granted.forEach(visit);
  return all;
}
