import { Card, CardContent, Typography } from '@mui/material';

export function AccessDenied({ what }: { what: string }) {
  return (
    <Card sx={{ mt: 2 }} data-testid="access-denied">
      <CardContent>
        <Typography variant="h6">Access denied</Typography>
        <Typography>{what}</Typography>
      </CardContent>
    </Card>
  );
}
