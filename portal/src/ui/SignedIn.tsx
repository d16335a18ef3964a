import { useMutation, useQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useOutletContext } from 'react-router-dom';
import { apollo, codeOf } from '../apollo';
import type { PortalSessionQuery } from '../generated/graphql';
import { PortalMeDocument, ResendVerificationDocument, SignOutDocument } from '../session.graphql';
import { can } from './roles';
import { ErrorMessage, Loading } from './State';

export type Me = PortalSessionQuery['portalMe'];

/** The signed-in member, for pages under the session gate. */
export function useMe(): Me {
  return useOutletContext<Me>();
}

/** The gate and frame of every signed-in page: who is signed in, the menu their role allows, and sign-out. */
export function SignedIn() {
  const location = useLocation();
  const { data, error, loading, refetch } = useQuery(PortalMeDocument, { fetchPolicy: 'network-only' });
  const [signOut] = useMutation(SignOutDocument);
  if (error && codeOf(error) === 'UNAUTHENTICATED')
    return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (error)
    return (
      <main className="page">
        <ErrorMessage error={error} retry={() => void refetch()} />
      </main>
    );
  if (loading || !data)
    return (
      <main className="page">
        <Loading what="your account" />
      </main>
    );
  const me = data.portalMe;
  const role = me.member.role;
  return (
    <>
      <header className="bar">
        <a className="brand" href="/portal/">
          Carlo <span>{me.company}</span>
        </a>
        <nav aria-label="Portal">
          <NavLink to="/" end>
            Overview
          </NavLink>
          {can.keys(role) ? <NavLink to="/keys">Keys</NavLink> : null}
          {can.webhooks(role) ? <NavLink to="/webhooks">Webhooks</NavLink> : null}
          {can.playground(role) ? <NavLink to="/playground">Playground</NavLink> : null}
          {can.playground(role) ? <NavLink to="/explorer">API explorer</NavLink> : null}
          {can.billing(role) ? <NavLink to="/billing">Billing</NavLink> : null}
          {can.team(role) ? <NavLink to="/team">Team</NavLink> : null}
          <NavLink to="/notifications">Notifications</NavLink>
        </nav>
        <div className="who">
          <span title={me.member.email}>
            {me.member.email} · {role.toLowerCase()}
          </span>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              void signOut()
                .then(() => apollo.clearStore())
                .then(() => window.location.assign('/portal/signin'));
            }}
          >
            Sign out
          </button>
        </div>
      </header>
      <main className="page">
        {me.member.emailVerified ? null : <VerifyBanner email={me.member.email} />}
        <Suspense fallback={<Loading what="the page" />}>
          <Outlet context={me} />
        </Suspense>
      </main>
    </>
  );
}

function VerifyBanner({ email }: { email: string }) {
  const [resend, { data, loading, error }] = useMutation(ResendVerificationDocument);
  return (
    <div className="notice" role="status">
      <p>Check {email} for the link that verifies your address.</p>
      {error ? <ErrorMessage error={error} /> : null}
      {data ? (
        <p>A new link is on its way.</p>
      ) : (
        <button type="button" className="secondary" disabled={loading} onClick={() => void resend().catch(() => undefined)}>
          Send the link again
        </button>
      )}
    </div>
  );
}
