import { Box, CircularProgress } from '@mui/material';

/** Shown while a page's data loads, so an empty page never reads as "no data". */
export function Loading({ label }: { label: string }) {
  return (
    <Box role="progressbar" aria-label={label} data-testid="loading" sx={{ display: 'flex', justifyContent: 'center', p: 3 }}>
      <CircularProgress size={32} />
    </Box>
  );
}
