import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/** A wide table scrolls sideways inside this box, so the page itself never grows wider than the window. */
export function ScrollBox({ children }: { children: ReactNode }) {
  return <Box sx={{ overflowX: 'auto', maxWidth: '100%' }}>{children}</Box>;
}
