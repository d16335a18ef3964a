import { Alert, Stack } from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { useLoad } from '../dashboard/use-load';
import { Loading } from '../layout/Loading';
import { query } from '../providers/apollo';
import { AccountMeDocument } from './account.graphql';
import { PasswordCard } from './PasswordCard';
import { SessionsCard } from './SessionsCard';
import { TotpCard } from './TotpCard';

/** The signed-in staff member's own security: password, two-step sign-in and sessions. */
export function AccountPage() {
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((value) => value + 1);
  const { data, error, loading } = useLoad(async () => (await query(AccountMeDocument, {})).adminMe, String(version));
  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 900 }}>
      <Title title="My account" />
      {loading && !data ? <Loading label="Loading your account" /> : null}
      {error ? <Alert severity="error">{error}</Alert> : null}
      {data ? (
        <>
          <PasswordCard changedAt={data.passwordChangedAt ?? null} onChanged={refresh} />
          <TotpCard enabled={data.totpEnabled} onChanged={refresh} />
          <SessionsCard refreshKey={String(version)} />
        </>
      ) : null}
    </Stack>
  );
}
