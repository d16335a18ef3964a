import { Alert, Button, CardContent, Stack, TextField } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { Login, useLogin } from 'react-admin';
import { fieldError, messageOf } from '../account/form-error';

/**
 * Email and password, and the authenticator code once the server says the account needs one
 * (a refusal naming the field totpCode), so staff without two-step sign-in never see the field.
 */
function LoginForm() {
  const login = useLogin();
  const [values, setValues] = useState({ username: '', password: '', totpCode: '' });
  const [askCode, setAskCode] = useState(false);
  const [error, setError] = useState<{ code: string | null; form: string | null }>({ code: null, form: null });
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await login({ ...values, totpCode: askCode ? values.totpCode : undefined });
    } catch (caught) {
      const codeMessage = fieldError(caught, 'totpCode');
      // The first refusal naming the code only reveals its field; later ones say what was wrong with it.
      if (codeMessage && !askCode) setAskCode(true);
      setError({ code: codeMessage && askCode ? codeMessage : null, form: codeMessage ? null : messageOf(caught) });
    } finally {
      setBusy(false);
    }
  };

  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });

  return (
    <CardContent>
      <Stack component="form" onSubmit={submit} spacing={2}>
        <TextField
          name="username"
          label="Email"
          value={values.username}
          onChange={set('username')}
          autoComplete="username"
          required
          autoFocus
        />
        <TextField
          name="password"
          type="password"
          label="Password"
          value={values.password}
          onChange={set('password')}
          autoComplete="current-password"
          required
        />
        {askCode ? (
          <TextField
            name="totpCode"
            label="Code from your authenticator app"
            value={values.totpCode}
            onChange={set('totpCode')}
            error={Boolean(error.code)}
            helperText={error.code ?? 'The 6 digits your app shows now'}
            slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'one-time-code' } }}
            required
            autoFocus
          />
        ) : null}
        {error.form ? <Alert severity="error">{error.form}</Alert> : null}
        <Button type="submit" variant="contained" disabled={busy}>
          Sign in
        </Button>
      </Stack>
    </CardContent>
  );
}

export function LoginPage() {
  return (
    <Login>
      <LoginForm />
    </Login>
  );
}
