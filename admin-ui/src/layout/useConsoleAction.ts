import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';

/**
 * How console buttons run a server action: busy while it runs; when it succeeds, `onDone` (close
 * the dialog), a success notice and a refresh of the page's data; when it fails, the server's message.
 */
export function useConsoleAction(onDone: () => void): {
  busy: boolean;
  run: (action: () => Promise<unknown>, done: string) => Promise<void>;
} {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      notify(done, { type: 'success' });
      onDone();
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
