import { Alert } from '@mui/material';
import type { ReactNode } from 'react';
import { Loading } from './Loading';

type Props<T> = {
  /**
   * The list as loaded, or null until it is: a page whose reload shows the same list (after an
   * action) keeps its rows meanwhile; one whose filters changed passes null while the new list loads.
   */
  rows: readonly T[] | null;
  error: string | null;
  /** Names what loads, for the progress indicator ("Loading coupons"). */
  loadingLabel: string;
  /** Shown when the list loaded empty, so an empty page never reads as a broken one. */
  empty: ReactNode;
  children: (rows: readonly T[]) => ReactNode;
};

/** The states of a list page's data: its error, progress while it loads, a note when empty, else the rows. */
export function LoadedRows<T>({ rows, error, loadingLabel, empty, children }: Props<T>) {
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!rows) return <Loading label={loadingLabel} />;
  if (rows.length === 0) return <>{empty}</>;
  return <>{children(rows)}</>;
}
