import {
  Alert,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { useLoad } from '../dashboard/use-load';
import { Loading } from '../layout/Loading';
import { ScrollBox } from '../layout/ScrollBox';
import { mutate, query } from '../providers/apollo';
import { ConsoleSessionsDocument, EndConsoleSessionDocument } from './account.graphql';
import { messageOf } from './form-error';

type Session = { id: string; ip?: string | null; createdAt: string };

/** Active console sessions of one user (the caller's own without `adminId`), each of which can be ended. */
export function SessionsCard({ adminId, refreshKey = '' }: { adminId?: string; refreshKey?: string }) {
  const notify = useNotify();
  const [version, setVersion] = useState(0);
  const { data, error, loading } = useLoad(
    async () => (await query(ConsoleSessionsDocument, { adminId: adminId ?? null })).adminSessions,
    `${adminId ?? 'me'}:${refreshKey}:${version}`,
  );
  const [ending, setEnding] = useState<Session | null>(null);

  const end = async () => {
    if (!ending) return;
    try {
      await mutate(EndConsoleSessionDocument, { id: ending.id });
      notify('Session ended. It is signed out at its next request.', { type: 'success' });
      setVersion((value) => value + 1);
    } catch (caught) {
      notify(messageOf(caught), { type: 'error' });
    } finally {
      setEnding(null);
    }
  };

  return (
    <Card component="section" aria-labelledby="sessions-title">
      <CardContent>
        <Typography id="sessions-title" variant="h6">
          Active sessions
        </Typography>
        {loading ? <Loading label="Loading sessions" /> : null}
        {error ? <Alert severity="error">{error}</Alert> : null}
        {data && data.length === 0 ? <Typography variant="body2">No active sessions.</Typography> : null}
        {data && data.length > 0 ? (
          <ScrollBox>
            <Table size="small" aria-label="Active sessions">
              <TableHead>
                <TableRow>
                  <TableCell>Signed in</TableCell>
                  <TableCell>From</TableCell>
                  <TableCell>Expires</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((session) => (
                  <TableRow key={session.id}>
                    <TableCell>{new Date(session.createdAt).toLocaleString()}</TableCell>
                    <TableCell>{session.ip ?? 'unknown'}</TableCell>
                    <TableCell>{new Date(session.expiresAt).toLocaleString()}</TableCell>
                    <TableCell align="right">
                      {session.current ? (
                        <Typography variant="body2">This session</Typography>
                      ) : (
                        <Button size="small" color="error" onClick={() => setEnding(session)}>
                          End
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollBox>
        ) : null}
      </CardContent>
      <Dialog open={ending !== null} onClose={() => setEnding(null)}>
        <DialogTitle>
          End the session signed in {ending ? new Date(ending.createdAt).toLocaleString() : ''} from {ending?.ip ?? 'an unknown address'}?
        </DialogTitle>
        <DialogActions>
          <Button onClick={() => setEnding(null)}>Cancel</Button>
          <Button color="error" variant="contained" onClick={end}>
            End session
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
}
