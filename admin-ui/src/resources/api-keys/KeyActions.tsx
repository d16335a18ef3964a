import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, usePermissions, useRecordContext, useRefresh } from 'react-admin';
import { ReasonDialog } from '../../layout/ReasonDialog';
import { revokeApiKey, rotateApiKey } from '../../providers/data/api-keys';
import { canManageKeys } from '../../roles';

/** Revoke (with a reason) and rotate one key; the rotated secret is shown once, to hand to the customer. */
export function KeyActions() {
  const key = useRecordContext<{ id: string; status: string; graceUntil: string | null; displayPrefix: string }>();
  const { permissions } = usePermissions();
  const notify = useNotify();
  const refresh = useRefresh();
  const [revoking, setRevoking] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingRotate, setConfirmingRotate] = useState(false);
  if (!key || !canManageKeys(permissions) || key.status !== 'ACTIVE') return null;

  const revoke = async (reason: string) => {
    setBusy(true);
    try {
      await revokeApiKey(key.id, reason);
      notify('Key revoked', { type: 'success' });
      setRevoking(false);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const rotate = async () => {
    setConfirmingRotate(false);
    setBusy(true);
    try {
      setSecret((await rotateApiKey(key.id)).secret);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack direction="row" spacing={1} onClick={(event) => event.stopPropagation()}>
      <Button size="small" color="error" onClick={() => setRevoking(true)}>
        Revoke
      </Button>
      {key.graceUntil ? null : (
        <Button size="small" disabled={busy} onClick={() => setConfirmingRotate(true)}>
          Rotate
        </Button>
      )}
      <ReasonDialog
        open={revoking}
        busy={busy}
        title={`Revoke ${key.displayPrefix}…? It stops working at once.`}
        confirmLabel="Revoke key"
        onClose={() => setRevoking(false)}
        onConfirm={revoke}
      />
      <Dialog open={confirmingRotate} onClose={() => setConfirmingRotate(false)}>
        <DialogTitle>Rotate {key.displayPrefix}…?</DialogTitle>
        <DialogContent>A new secret is issued and shown once; the old key keeps working until its grace period ends.</DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmingRotate(false)}>Cancel</Button>
          <Button variant="contained" disabled={busy} onClick={rotate}>
            Rotate key
          </Button>
        </DialogActions>
      </Dialog>
      <Dialog open={secret !== null} onClose={() => setSecret(null)}>
        <DialogTitle>New key</DialogTitle>
        <DialogContent>
          <Alert severity="warning">
            Shown this once. Hand it to the customer over a secure channel; the old key keeps working until its grace period ends.
          </Alert>
          <Typography sx={{ fontFamily: 'monospace', mt: 2, wordBreak: 'break-all' }} data-testid="rotated-secret">
            {secret}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setSecret(null)}>Done</Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
