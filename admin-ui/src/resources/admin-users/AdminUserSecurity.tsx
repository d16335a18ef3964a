import { Alert, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh } from 'react-admin';
import { ClearAdminTotpDocument, ResetAdminPasswordDocument } from '../../account/account.graphql';
import { messageOf } from '../../account/form-error';
import { SessionsCard } from '../../account/SessionsCard';
import { mutate } from '../../providers/apollo';

type Pending = 'reset' | 'clearTotp' | null;

/**
 * A super admin's help for a locked-out colleague: a generated password (shown once, all their
 * sessions ended), removing a lost second factor, and ending their sessions one by one.
 */
export function AdminUserSecurity() {
  const record = useRecordContext<{ id: string; email: string; totpEnabled: boolean }>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState<Pending>(null);
  const [password, setPassword] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  if (!record) return null;

  const confirm = async () => {
    const action = pending;
    setPending(null);
    try {
      if (action === 'reset') {
        setPassword((await mutate(ResetAdminPasswordDocument, { id: record.id })).resetAdminPassword.password);
      } else if (action === 'clearTotp') {
        await mutate(ClearAdminTotpDocument, { id: record.id });
        notify(`Two-step sign-in removed for ${record.email}.`, { type: 'success' });
      }
      setVersion((value) => value + 1);
      refresh();
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    }
  };

  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Card component="section" aria-labelledby="staff-security-title">
        <CardContent>
          <Typography id="staff-security-title" variant="h6">
            Sign-in
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            Two-step sign-in is {record.totpEnabled ? 'on' : 'off'}.
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button variant="outlined" onClick={() => setPending('reset')}>
              Reset password
            </Button>
            {record.totpEnabled ? (
              <Button variant="outlined" color="error" onClick={() => setPending('clearTotp')}>
                Remove two-step sign-in
              </Button>
            ) : null}
          </Stack>
        </CardContent>
      </Card>
      <SessionsCard adminId={record.id} refreshKey={String(version)} />
      <Dialog open={pending !== null} onClose={() => setPending(null)}>
        <DialogTitle>
          {pending === 'reset'
            ? `Give ${record.email} a new generated password? Their sessions end now.`
            : `Remove ${record.email}'s two-step sign-in? Their password alone will sign in until they set it up again.`}
        </DialogTitle>
        <DialogActions>
          <Button onClick={() => setPending(null)}>Cancel</Button>
          <Button color="error" variant="contained" onClick={confirm}>
            {pending === 'reset' ? 'Reset password' : 'Remove'}
          </Button>
        </DialogActions>
      </Dialog>
      <Dialog open={password !== null} onClose={() => setPassword(null)}>
        <DialogTitle>New password for {record.email}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 1 }}>
            Shown once. Give it to them in person or over a channel you trust; they should change it under My account.
          </Alert>
          <Typography data-testid="generated-password" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
            {password}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => password && navigator.clipboard.writeText(password)}>Copy</Button>
          <Button variant="contained" onClick={() => setPassword(null)}>
            Done
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
