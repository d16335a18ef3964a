import { useMutation, useQuery } from '@apollo/client/react';
import { day } from '../format';
import type { MemberRole } from '../generated/graphql';
import { useMe } from '../ui/SignedIn';
import { ErrorMessage, Loading } from '../ui/State';
import { InviteDocument, RemoveDocument, TeamDocument } from './team.graphql';

const ROLES: { role: MemberRole; label: string }[] = [
  { role: 'DEVELOPER', label: 'Developer: keys and usage' },
  { role: 'BILLING', label: 'Billing: plan, invoices, payment' },
  { role: 'OWNER', label: 'Owner: everything' },
];

export default function TeamPage() {
  const me = useMe();
  const { data, error, loading, refetch } = useQuery(TeamDocument);
  const [invite, invited] = useMutation(InviteDocument);
  const [remove, removed] = useMutation(RemoveDocument);
  const after = () => void refetch();
  return (
    <>
      <h1>Team</h1>
      {(invited.error ?? removed.error) ? <ErrorMessage error={invited.error ?? removed.error} /> : null}
      {error ? <ErrorMessage error={error} retry={after} /> : null}
      {loading && !data ? <Loading what="your team" /> : null}
      {data ? (
        <div className="scroll">
          <table>
            <thead>
              <tr>
                <th>Email</th>
                <th>Role</th>
                <th>State</th>
                <th>Last sign-in</th>
                <th>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.teamMembers.map((member) => (
                <tr key={member.id}>
                  <td>{member.email}</td>
                  <td>{member.role.toLowerCase()}</td>
                  <td>{member.invitationPending ? 'invited' : member.emailVerified ? 'active' : 'email not verified'}</td>
                  <td>{day(member.lastLoginAt)}</td>
                  <td>
                    {member.id === me.member.id ? (
                      'you'
                    ) : (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() =>
                          void remove({ variables: { id: member.id } })
                            .then(after)
                            .catch(() => undefined)
                        }
                      >
                        Remove
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data && data.teamMembers.length === 1 ? (
        <p className="empty">Only you so far. Invite a developer or someone from finance below.</p>
      ) : null}
      <form
        className="stack card"
        aria-label="Invite a member"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const values = new FormData(form);
          const role = ROLES.find((entry) => entry.role === values.get('role'))?.role ?? 'DEVELOPER';
          void invite({ variables: { email: String(values.get('email') ?? ''), role } })
            .then(() => {
              form.reset();
              after();
            })
            .catch(() => undefined);
        }}
      >
        <h2>Invite a member</h2>
        <label>
          Email
          <input name="email" type="email" required />
        </label>
        <label>
          Role
          <select name="role" defaultValue="DEVELOPER">
            {ROLES.map((entry) => (
              <option key={entry.role} value={entry.role}>
                {entry.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={invited.loading}>
          Send invitation
        </button>
        {invited.data ? (
          <p className="success" role="status">
            Invitation sent.
          </p>
        ) : null}
      </form>
    </>
  );
}
