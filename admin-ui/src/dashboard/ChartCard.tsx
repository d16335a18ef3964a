import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function ChartCard({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card sx={{ flex: '1 1 420px', minWidth: 320 }} data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {title}
        </Typography>
        <div style={{ width: '100%', height: 240 }}>{children}</div>
      </CardContent>
    </Card>
  );
}
