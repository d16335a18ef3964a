import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useNotify } from 'react-admin';
import type { ConsoleStartTotpMutation } from '../generated/graphql';
import { mutate } from '../providers/apollo';
import { ConfirmTotpDocument, DisableOwnTotpDocument, StartTotpDocument } from './account.graphql';
import { fieldError, messageOf } from './form-error';

type Enrolment = ConsoleStartTotpMutation['startTotpEnrolment'];

/** Two-step sign-in: set up with an authenticator app and a confirming code, or turned off with the password. */
export function TotpCard({ enabled, onChanged }: { enabled: boolean; onChanged: () => void }) {
  const notify = useNotify();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<{ field: string | null; form: string | null }>({ field: null, form: null });
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>, field: string) => {
    setBusy(true);
    try {
      await action();
      setValue('');
      setError({ field: null, form: null });
      onChanged();
    } catch (caught) {
      const message = fieldError(caught, field);
      setError({ field: message, form: message ? null : messageOf(caught) });
    } finally {
      setBusy(false);
    }
  };

  const start = () => run(async () => setEnrolment((await mutate(StartTotpDocument, {})).startTotpEnrolment), 'code');
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      await mutate(ConfirmTotpDocument, { code: value });
      setEnrolment(null);
      notify('Two-step sign-in is on. Sign-ins now ask for a code from your app.', { type: 'success' });
    }, 'code');
  };
  const disable = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      await mutate(DisableOwnTotpDocument, { password: value });
      notify('Two-step sign-in is off.', { type: 'success' });
    }, 'password');
  };

  return (
    <Card component="section" aria-labelledby="totp-title">
      <CardContent>
        <Typography id="totp-title" variant="h6">
          Two-step sign-in
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {enabled
            ? 'On: every sign-in asks for a 6-digit code from your authenticator app.'
            : 'Off: a password alone signs in. Turn it on with an authenticator app (1Password, Google Authenticator, Authy…).'}
        </Typography>
        {enabled ? (
          <Stack component="form" onSubmit={disable} spacing={1} sx={{ maxWidth: 420 }}>
            <TextField
              type="password"
              name="password"
              label="Current password"
              value={value}
              onChange={(event) => setValue(event.target.value)}
              error={Boolean(error.field)}
              helperText={error.field ?? 'Asked again to turn two-step sign-in off'}
              autoComplete="current-password"
              required
            />
            <Button type="submit" color="error" variant="outlined" disabled={busy} sx={{ alignSelf: 'flex-start' }}>
              Turn off
            </Button>
          </Stack>
        ) : enrolment ? (
          <Stack component="form" onSubmit={confirm} spacing={1} sx={{ maxWidth: 420 }}>
            <Typography variant="body2">Scan the code with your app, or type the key in, then enter the code it shows.</Typography>
            <Box
              component="img"
              alt="QR code for your authenticator app"
              src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrSvg)}`}
              sx={{ width: 180, height: 180 }}
            />
            <Typography variant="body2" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }} data-testid="totp-secret">
              {enrolment.secret}
            </Typography>
            <TextField
              name="code"
              label="Code from the app"
              value={value}
              onChange={(event) => setValue(event.target.value)}
              error={Boolean(error.field)}
              helperText={error.field ?? '6 digits'}
              slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'one-time-code' } }}
              required
            />
            <Button type="submit" variant="contained" disabled={busy} sx={{ alignSelf: 'flex-start' }}>
              Turn on
            </Button>
          </Stack>
        ) : (
          <Button variant="contained" onClick={start} disabled={busy}>
            Set up two-step sign-in
          </Button>
        )}
        {error.form ? (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error.form}
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}
