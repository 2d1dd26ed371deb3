import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, UserErrors } from './api';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

/** Loads data when its key changes; a newer load wins over an older one still in flight. */
export function useLoad<T>(load: () => Promise<T>, key: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    setState((s) => ({ data: s.data, loading: true }));
    load().then(
      (data) => mine === generation.current && setState({ data, loading: false }),
      (error: Error) => mine === generation.current && setState({ error, loading: false }),
    );
  }, key);
  useEffect(run, [run]);
  return { data: state.data, error: state.error, loading: state.loading, reload: run };
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      {what}…
    </p>
  );
}

/** The server's message and code, never a blank page. */
export function ErrorBox({ error, retry }: { error: Error; retry?: () => void }) {
  const code = error instanceof ApiError || error instanceof UserErrors ? error.code : 'ERROR';
  return (
    <div class="error" role="alert">
      <strong>{error.message}</strong> <code>{code}</code>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Show<T>({ loaded, children, what }: { loaded: Loaded<T>; what?: string; children: (data: T) => ComponentChildren }) {
  if (loaded.error) {
    return <ErrorBox error={loaded.error} retry={loaded.reload} />;
  }
  if (loaded.data === undefined) {
    return <Loading what={what} />;
  }
  return <>{children(loaded.data)}</>;
}

const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Money arrives as an exact decimal string; it is shown grouped, never summed in floating point here. */
export function formatMoney(value: string | null | undefined): string {
  if (value === null || value === undefined) {
    return '—';
  }
  const [whole, fraction = ''] = value.replace(/^-/, '').split('.');
  const grouped = money.format(Number(whole)).replace(/[.,]00$/, '');
  return `${value.startsWith('-') ? '−' : ''}${grouped}.${(fraction + '00').slice(0, 2)}`;
}

export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/** Runs an action from a button: busy while it runs, its error shown beside it. */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<unknown>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const run = async (...args: A) => {
    setBusy(true);
    setError(undefined);
    try {
      await action(...args);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, setError };
}
