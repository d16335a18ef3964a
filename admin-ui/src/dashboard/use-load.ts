import { useEffect, useState } from 'react';

/** Loads once per change of `key`; returns the data, or the error message. */
export function useLoad<T>(load: (() => Promise<T>) | null, key: string): { data: T | null; error: string | null } {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (data) => live && setState({ data, error: null }),
      (error: unknown) => live && setState({ data: null, error: error instanceof Error ? error.message : 'Failed to load' }),
    );
    return () => {
      live = false;
    };
    // The loader is recreated every render; `key` says when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
