import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { ReasonDialog } from '../../layout/ReasonDialog';
import { issueApiKey } from '../../providers/data/customers';

/** Issues a key for the customer (name, mode, reason for the audit log) and shows its secret this once. */
export function IssueKeyDialog({ customerId, open, onClose }: { customerId: string; open: boolean; onClose: () => void }) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [name, setName] = useState('');
  const [mode, setMode] = useState<'LIVE' | 'TEST'>('LIVE');
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const nameValid = name.trim().length >= 1 && name.trim().length <= 100;

  const issue = async (reason: string) => {
    setBusy(true);
    try {
      const issued = await issueApiKey(customerId, name.trim(), mode, reason);
      setSecret(issued.secret);
      setName('');
      onClose();
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ReasonDialog
        open={open}
        busy={busy}
        ready={nameValid}
        title="Issue an API key for this customer? Its secret is shown once."
        confirmLabel="Issue key"
        onClose={onClose}
        onConfirm={issue}
      >
        <TextField
          autoFocus
          fullWidth
          margin="dense"
          label="Key name"
          name="keyName"
          value={name}
          onChange={(event) => setName(event.target.value)}
          helperText={nameValid || name === '' ? ' ' : 'Between 1 and 100 characters'}
        />
        <TextField
          select
          fullWidth
          margin="dense"
          label="Mode"
          name="keyMode"
          value={mode}
          onChange={(event) => setMode(event.target.value as 'LIVE' | 'TEST')}
        >
          <MenuItem value="LIVE">Live</MenuItem>
          <MenuItem value="TEST">Test</MenuItem>
        </TextField>
      </ReasonDialog>
      <Dialog open={secret !== null} onClose={() => setSecret(null)}>
        <DialogTitle>New key</DialogTitle>
        <DialogContent>
          <Alert severity="warning">Shown this once. Hand it to the customer over a secure channel; Carlo keeps only a hash.</Alert>
          <Typography sx={{ fontFamily: 'monospace', mt: 2, wordBreak: 'break-all' }} data-testid="issued-secret">
            {secret}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setSecret(null)}>Done</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
