import { Alert, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useNotify } from 'react-admin';
import { mutate } from '../providers/apollo';
import { ChangeOwnPasswordDocument } from './account.graphql';
import { fieldError, messageOf } from './form-error';

type Errors = { currentPassword?: string | null; newPassword?: string | null; repeat?: string | null; form?: string | null };

/** Changing one's own password; the server ends every other session of the account. */
export function PasswordCard({ changedAt, onChanged }: { changedAt: string | null; onChanged: () => void }) {
  const notify = useNotify();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', repeat: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (values.newPassword !== values.repeat) {
      setErrors({ repeat: 'The two new passwords differ. Type the same password twice.' });
      return;
    }
    setBusy(true);
    try {
      await mutate(ChangeOwnPasswordDocument, { currentPassword: values.currentPassword, newPassword: values.newPassword });
      setValues({ currentPassword: '', newPassword: '', repeat: '' });
      setErrors({});
      notify('Password changed. Your other sessions were ended.', { type: 'success' });
      onChanged();
    } catch (error) {
      const currentPassword = fieldError(error, 'currentPassword');
      const newPassword = fieldError(error, 'newPassword');
      setErrors({ currentPassword, newPassword, form: currentPassword || newPassword ? null : messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const input = (name: 'currentPassword' | 'newPassword' | 'repeat', label: string, hint = ' ') => (
    <TextField
      type="password"
      name={name}
      label={label}
      value={values[name]}
      onChange={(event) => setValues({ ...values, [name]: event.target.value })}
      error={Boolean(errors[name])}
      helperText={errors[name] ?? hint}
      autoComplete={name === 'currentPassword' ? 'current-password' : 'new-password'}
      required
      fullWidth
    />
  );

  return (
    <Card component="section" aria-labelledby="password-title">
      <CardContent>
        <Typography id="password-title" variant="h6">
          Password
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {changedAt ? `Last changed ${new Date(changedAt).toLocaleString()}.` : 'Not changed since the account was created.'}
        </Typography>
        <Stack component="form" onSubmit={submit} spacing={1} sx={{ maxWidth: 420 }}>
          {input('currentPassword', 'Current password')}
          {input('newPassword', 'New password', 'At least 12 characters')}
          {input('repeat', 'New password again')}
          {errors.form ? <Alert severity="error">{errors.form}</Alert> : null}
          <Button type="submit" variant="contained" disabled={busy} sx={{ alignSelf: 'flex-start' }}>
            Change password
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
