import { useEffect, useState } from 'react';

/**
 * Loads once per change of `key`; returns the data, or the error message. `loadedKey` names the
 * key the data belongs to and `loading` is true until the data of the current key arrived, so a
 * view can show progress and a form can remount only once its fresh data is there.
 */
export function useLoad<T>(
  load: (() => Promise<T>) | null,
  key: string,
): { data: T | null; error: string | null; loading: boolean; loadedKey: string | null } {
  const [state, setState] = useState<{ data: T | null; error: string | null; loadedKey: string | null }>({
    data: null,
    error: null,
    loadedKey: null,
  });
  // The loader is recreated every render; `key` says when it really changed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect reruns on `key`, not on the loader's identity.
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (data) => live && setState({ data, error: null, loadedKey: key }),
      (error: unknown) =>
        live && setState({ data: null, error: error instanceof Error ? error.message : 'Failed to load', loadedKey: key }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return { ...state, loading: load !== null && state.loadedKey !== key };
}
