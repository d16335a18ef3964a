import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { type ReactNode, useState } from 'react';

type Props = {
  open: boolean;
  title: string;
  confirmLabel: string;
  onConfirm: (reason: string) => void;
  onClose: () => void;
  busy?: boolean;
  /** Fields the action needs besides the reason, shown above it; `ready` says whether they are valid. */
  children?: ReactNode;
  ready?: boolean;
};

/** Asks for the reason that goes to the audit log (3 to 500 characters, as the server requires). */
export function ReasonDialog({ open, title, confirmLabel, onConfirm, onClose, busy, children, ready = true }: Props) {
  const [reason, setReason] = useState('');
  const valid = reason.trim().length >= 3 && reason.trim().length <= 500;
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {children}
        <TextField
          autoFocus={!children}
          fullWidth
          multiline
          minRows={2}
          margin="dense"
          label="Reason (kept in the audit log)"
          name="reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          helperText={valid || reason === '' ? ' ' : 'Between 3 and 500 characters'}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button color="error" variant="contained" disabled={!valid || !ready || busy} onClick={() => onConfirm(reason.trim())}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
